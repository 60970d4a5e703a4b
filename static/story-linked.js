// Runs before the story page paints: a link that names a story (?story= or ?src=) hides the
// prerendered example story until the page has read the linked one (docs/ARCHITECTURE.md, "Stories").
if (/[?&](story|src)=/.test(location.search)) document.documentElement.classList.add('story-linked');
