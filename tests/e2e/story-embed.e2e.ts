/** Stories in other sites' pages: /embed?story=… in an iframe, one step at a time, with automatic height. */
import { expect, test } from './fixtures';
import { storyToSearch, type Story } from '../../src/lib/view-state/story';

const story: Story = {
	title: { en: 'Two places' },
	author: '',
	source: '',
	steps: [
		{
			view: { camera: { center: [120.38, 36.1], zoom: 12, bearing: 0, pitch: 0 } },
			title: { en: 'Overview' },
			caption: { en: 'The two districts.' }
		},
		{
			view: {
				camera: { center: [120.40007, 36.12707], zoom: 15, bearing: 0, pitch: 0 },
				project: 'hexi-village'
			},
			title: { en: 'Hexi' },
			caption: { en: 'Due by 31 March.' }
		}
	]
};

test('/embed?story=… in an iframe on a bare page sizes itself and steps through the story', async ({
	page,
	baseURL
}) => {
	const src = new URL(`/embed?lang=en&autoheight=1&${storyToSearch(story)}`, baseURL).href;
	const script = new URL('/embed.js', baseURL).href;
	await page.setContent(
		`<p>An article.</p><iframe id="embed" data-qd-embed src="${src}" width="400" height="150" style="border:0"></iframe>` +
			`<script src="${script}"></script>`
	);
	const embed = page.frameLocator('#embed');
	await expect(embed.getByRole('heading', { level: 1 })).toHaveText('Two places');
	await expect(embed.getByTestId('story-card')).toContainText('Overview');
	await expect(embed.locator('.maplibregl-ctrl-attrib')).toBeVisible({ timeout: 30_000 });
	// 400 px wide: a 16:10 map (250 px) plus the title and the card under it.
	await expect
		.poll(async () => (await page.locator('#embed').boundingBox())!.height, { timeout: 20_000 })
		.toBeGreaterThan(350);
	await embed.getByRole('button', { name: 'Next step' }).click();
	await expect(embed.getByTestId('story-card')).toContainText('Hexi');
	await expect(embed.getByTestId('story-project-link')).toHaveAttribute('target', '_blank');
	const frame = (await page.locator('#embed').boundingBox())!;
	const card = (await embed.getByTestId('story-card').boundingBox())!;
	expect(card.y + card.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
});
