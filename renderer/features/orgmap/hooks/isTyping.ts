// The app's global undo shares the rule; the map's keyboard handlers import it from here.
export { isTyping } from '../../../ui/isTyping.ts';
