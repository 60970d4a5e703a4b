/** The readers' corrections channel as the page uses it; apart from `index.ts`, it loads with the form. */
import { feedbackTemplate } from './feedback-template';
import { TEST_HOOKS } from './index';

const env = import.meta.env;

/**
 * Where readers' corrections go: the `PUBLIC_FEEDBACK_URL` template, or undefined when unset or unusable
 * (the build warns then). Test builds let a test set it per page (`window.__qdfeedback`), so one build can
 * check both a web and a mailto: template.
 */
export function feedbackUrlTemplate(): string | undefined {
	if (TEST_HOOKS && typeof window !== 'undefined' && window.__qdfeedback !== undefined)
		return feedbackTemplate(window.__qdfeedback);
	return feedbackTemplate(env.PUBLIC_FEEDBACK_URL);
}
