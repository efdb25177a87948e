import { type i18n as I18n } from 'i18next';
import { type Locale } from '../../shared/enums.ts';
import { type Messages } from './en.ts';
declare module 'i18next' {
    interface CustomTypeOptions {
        defaultNS: 'translation';
        resources: {
            translation: Messages;
        };
    }
}
export declare const resources: Record<Locale, {
    translation: Messages;
}>;
/**
 * The one i18next instance. It starts in the browser's language so that even a "cannot reach
 * the server" screen is translated; the stored setting takes over once it is loaded.
 */
export declare const i18n: I18n;
