"""The two HTML files of an exported session: ``index.html`` (a player stepping through the
clips) and ``handout.html`` (printable).

Both must open from a USB stick on a laptop with no network: no external asset, no CDN script;
styles and the few lines of script are inline and media are relative paths inside the zip.
Every piece of user text (titles, notes, prompts, transcript) goes through :func:`esc`, so a
note holding ``<script>`` shows as text and never runs.
"""

from __future__ import annotations

import base64
import html
from dataclasses import dataclass, field


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


@dataclass
class PackageItem:
    position: int
    title: str
    video: str  # relative path in the zip
    captions: str | None  # the WebVTT text
    notes: str
    prompts: list[str]
    excerpt: list[tuple[str, str, str]] = field(default_factory=list)  # (time, speaker, text)
    source: str = ""


STYLE = """
body { font-family: system-ui, sans-serif; margin: 0; background: #111; color: #eee; }
header { padding: 12px 20px; background: #222; }
header h1 { margin: 0 0 4px; font-size: 1.4em; }
main { padding: 12px 20px; }
section.item { display: block; margin-bottom: 32px; }
body.present section.item { display: none; }
body.present section.item.current { display: block; }
video { width: 100%; max-height: 70vh; background: #000; }
.notes { white-space: pre-wrap; font-size: 1.1em; }
.prompts li { font-size: 1.2em; margin: 4px 0; }
.excerpt { color: #bbb; font-size: 0.95em; }
nav { position: sticky; top: 0; background: #222; padding: 8px 20px; }
nav button { font-size: 1.1em; margin-right: 8px; }
.source { color: #999; font-size: 0.85em; }
"""

SCRIPT = """
(function () {
  var items = Array.prototype.slice.call(document.querySelectorAll('section.item'));
  var index = 0;
  var counter = document.getElementById('counter');
  var loop = document.getElementById('loop');
  document.body.classList.add('present');
  function show(next) {
    if (!items.length) { return; }
    items[index].querySelector('video').pause();
    index = Math.max(0, Math.min(items.length - 1, next));
    items.forEach(function (item, i) { item.classList.toggle('current', i === index); });
    var video = items[index].querySelector('video');
    video.loop = loop.checked;
    counter.textContent = (index + 1) + ' / ' + items.length;
  }
  document.getElementById('prev').onclick = function () { show(index - 1); };
  document.getElementById('next').onclick = function () { show(index + 1); };
  loop.onchange = function () { items[index].querySelector('video').loop = loop.checked; };
  document.getElementById('all').onclick = function () {
    document.body.classList.toggle('present');
  };
  document.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowRight') { show(index + 1); }
    if (event.key === 'ArrowLeft') { show(index - 1); }
  });
  show(0);
})();
"""

PRINT_STYLE = """
body { font-family: Georgia, serif; margin: 2em; color: #000; }
h1 { font-size: 1.6em; }
.item { border-top: 1px solid #888; padding-top: 0.6em; margin-top: 1em; }
.notes { white-space: pre-wrap; }
.lines { border-bottom: 1px solid #bbb; height: 1.6em; }
@media print {
  body { margin: 0; }
  .item { page-break-inside: avoid; }
  .noprint { display: none; }
}
"""


def _head(title: str, style: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{style}</style></head>"
    )


def _objectives(objectives: list[str]) -> str:
    if not objectives:
        return ""
    lines = "".join(f"<li>{esc(o)}</li>" for o in objectives)
    return f'<h2>Learning objectives</h2><ul class="objectives">{lines}</ul>'


def _prompts(prompts: list[str]) -> str:
    lines = "".join(f"<li>{esc(p)}</li>" for p in prompts)
    return f'<ol class="prompts">{lines}</ol>' if prompts else ""


def _excerpt(item: PackageItem) -> str:
    if not item.excerpt:
        return ""
    lines = "".join(
        f"<p>[{esc(t)}] <b>{esc(speaker)}</b>: {esc(text)}</p>" for t, speaker, text in item.excerpt
    )
    return f'<details class="excerpt"><summary>Transcript</summary>{lines}</details>'


def captions_src(vtt: str) -> str:
    """The captions inline, as a ``data:`` URL: a browser refuses a ``<track>`` file beside a
    page opened from ``file://`` (a unique origin), and the zip must play from a USB stick.
    The ``.vtt`` files stay in the zip for other players."""
    return "data:text/vtt;base64," + base64.b64encode(vtt.encode("utf-8")).decode("ascii")


def index_html(title: str, audience: str | None, objectives: list[str], items) -> str:
    sections = []
    for item in items:
        track = (
            f'<track kind="captions" srclang="en" label="Captions" default '
            f'src="{captions_src(item.captions)}">'
            if item.captions
            else ""
        )
        sections.append(
            f'<section class="item" id="item-{item.position}">'
            f"<h2>{item.position}. {esc(item.title)}</h2>"
            f'<video controls preload="metadata" src="{esc(item.video)}">{track}</video>'
            f'<p class="source">{esc(item.source)}</p>'
            f'<div class="notes">{esc(item.notes)}</div>'
            f"<h3>Discussion</h3>{_prompts(item.prompts)}{_excerpt(item)}</section>"
        )
    audience_line = f"<p>Audience: {esc(audience)}</p>" if audience else ""
    return (
        _head(title, STYLE)
        + f"<body><header><h1>{esc(title)}</h1>{audience_line}{_objectives(objectives)}"
        + '<p><a href="handout.html">Printable handout</a></p></header>'
        + '<nav><button id="prev" type="button">Previous</button>'
        + '<button id="next" type="button">Next</button>'
        + '<label><input id="loop" type="checkbox"> Loop this clip</label> '
        + '<span id="counter"></span> <button id="all" type="button">Show all</button></nav>'
        + f"<main>{''.join(sections)}</main><script>{SCRIPT}</script></body></html>\n"
    )


def handout_html(title: str, audience: str | None, objectives: list[str], items) -> str:
    blocks = []
    for item in items:
        blocks.append(
            f'<div class="item"><h2>{item.position}. {esc(item.title)}</h2>'
            f'<p class="source">{esc(item.source)}</p>'
            f'<div class="notes">{esc(item.notes)}</div>{_prompts(item.prompts)}'
            + '<div class="lines"></div>' * 3
            + "</div>"
        )
    audience_line = f"<p>Audience: {esc(audience)}</p>" if audience else ""
    return (
        _head(f"{title}: handout", PRINT_STYLE)
        + f"<body><h1>{esc(title)}</h1>{audience_line}{_objectives(objectives)}"
        + '<p class="noprint"><a href="index.html">Back to the clips</a></p>'
        + f"{''.join(blocks)}</body></html>\n"
    )
