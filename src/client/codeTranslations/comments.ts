/**
 * The comment panel's interface strings (`comments.*`), in the reader's language.
 * Imported by every module that uses one of them (src/plugins/codeTranslationGroups).
 */
import messages from '@generated/fw-code-translation-groups/default/comments.json';
import { addCodeTranslations } from './add';

addCodeTranslations(messages);
