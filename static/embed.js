/*
 * Qingdao Urban Renewal Map — automatic height for embedded maps.
 * Add once to a page that has <iframe data-qd-embed src=".../embed?...&autoheight=1">: each such iframe
 * then takes the height its content asks for. Only messages from the iframe itself, from the origin of
 * its src, are obeyed; heights are kept between 200 and 4000 pixels.
 */
(function () {
	if (window.__qdEmbedSizer) return;
	window.__qdEmbedSizer = true;
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.type !== 'qd-embed:height' || typeof data.height !== 'number') return;
		var frames = document.querySelectorAll('iframe[data-qd-embed]');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow !== event.source) continue;
			if (new URL(frame.src, location.href).origin !== event.origin) return;
			frame.style.height = Math.max(200, Math.min(4000, Math.round(data.height))) + 'px';
		}
	});
})();
