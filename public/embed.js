/*
 * Chronologie embed helper. Paste after one or more iframes that carry `data-chronologie`:
 *   <iframe src="https://…/embed/<id>/" data-chronologie …></iframe>
 *   <script async src="https://…/embed.js"></script>
 * Each embedded page posts { type: 'chronologie:resize', height } to its parent (and again when
 * this script sends it { type: 'chronologie:ping' }); this script sets that iframe's height, accepting messages only from the iframe that sent them and only
 * from the origin of its src. Without this script an iframe keeps its own height attribute.
 */
(function () {
  // Frames that reported before this script ran are asked again. The ping carries nothing, so it
  // goes to any origin: naming the frame's origin would log a warning in this page's console
  // while the frame still holds its initial about:blank document.
  function ping(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'chronologie:ping' }, '*');
  }
  function pingAll() {
    var frames = document.querySelectorAll('iframe[data-chronologie]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      ping(frame);
      if (!frame.__chronologieLoad) {
        frame.__chronologieLoad = true;
        frame.addEventListener('load', ping.bind(null, frame));
      }
    }
  }
  if (window.__chronologieEmbed) { pingAll(); return; }
  window.__chronologieEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'chronologie:resize' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-chronologie]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try { origin = new URL(frame.src, location.href).origin; } catch (e) { return; }
      if (origin !== event.origin) return;
      var height = Math.max(100, Math.min(10000, Math.ceil(data.height)));
      frame.style.height = height + 'px';
      frame.setAttribute('height', String(height));
      return;
    }
  });
  pingAll();
})();
