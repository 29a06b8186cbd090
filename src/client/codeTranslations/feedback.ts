/**
 * The response table's and the insights page's interface strings (`feedback.*`, `insights.*`).
 * Imported by every module that uses one of them (src/plugins/codeTranslationGroups).
 */
import messages from '@generated/fw-code-translation-groups/default/feedback.json';
import { addCodeTranslations } from './add';

addCodeTranslations(messages);
