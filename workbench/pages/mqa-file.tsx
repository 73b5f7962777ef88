/** The workbench page of the MqaFile web part: the view that ships, against the local stand-in. */
import { MqaFile } from '../../spfx-webparts/src/components/mqa/MqaFile';
import { mountWebPartPage } from './mount-web-part-page';

mountWebPartPage(MqaFile);
