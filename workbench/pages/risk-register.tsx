/** The workbench page of the RiskRegister web part: the view that ships, against the local stand-in. */
import { RiskRegister } from '../../spfx-webparts/src/components/risk-register/RiskRegister';
import { mountWebPartPage } from './mount-web-part-page';

mountWebPartPage(RiskRegister);
