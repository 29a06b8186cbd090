/**
 * The home page's interface strings (`home.*`), in the reader's language.
 * Imported by every module that uses one of them (src/plugins/codeTranslationGroups).
 */
import messages from '@generated/fw-code-translation-groups/default/home.json';
import { addCodeTranslations } from './add';

addCodeTranslations(messages);
