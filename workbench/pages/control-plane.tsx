/** The workbench page of the ControlPlane web part: the view that ships, against the local stand-in. */
import { ControlPlane } from '../../spfx-webparts/src/components/control-plane/ControlPlane';
import { mountWebPartPage } from './mount-web-part-page';

mountWebPartPage(ControlPlane);
