"""Human-readable views of records for the terminal.

Arabic and Persian strings are wrapped in Unicode directional isolates so a
right-to-left name inside a left-to-right table line cannot reorder the
columns around it.
"""

from __future__ import annotations

from diplowatch.model import Document, Event, Evidence, Record

FSI, PDI = "\u2068", "\u2069"


def isolate(s: str | None) -> str:
    return f"{FSI}{s}{PDI}" if s else ""


def _actors(ev: Event) -> str:
    parts = []
    for a in ev.actors:
        label = a.code or ("-" if a.agent else "?")
        if a.agent:
            label += f":{a.agent}"  # "IRQ:COP", "-:UAF", as the spec writes agents
        if a.former:
            label += " (former)"
        if a.role:
            label += f" ({a.role}"
            label += f": {isolate(a.name)})" if a.name else ")"
        parts.append(label)
    return " – ".join(parts)


def render_table(record: Record) -> str:
    head = f"# {record.doc_id}  [{record.lang}]  published: {record.published or '?'}"
    if record.title:
        head += f"\n  {isolate(record.title)}"
    if not record.events:
        return head + f"\n  ({record.note or 'no events'})\n"
    lines = [head]
    lines.append(f"  {'type':<10} {'status':<9} {'date':<10} {'actors':<40} sectors / amounts")
    for ev in record.events:
        extra = ", ".join(ev.sectors)
        if ev.amounts:
            money = ", ".join(f"{a.value:,.0f} {a.currency}" for a in ev.amounts)
            extra = f"{extra}; {money}" if extra else money
        if ev.counts:
            counted = ", ".join(f"{k} {v:,}" for k, v in ev.counts.items())
            extra = f"{extra}; {counted}" if extra else counted
        if ev.told > 1:
            extra = f"{extra}; told {ev.told} times" if extra else f"told {ev.told} times"
        lines.append(
            f"  {ev.type:<10} {ev.status:<9} {ev.date or '-':<10} {_actors(ev):<40} {extra}"
        )
    return "\n".join(lines) + "\n"


def _in_context(text: str, span: Evidence, on: str, off: str) -> str:
    """``[start:end]: …before»sentence«after…``: a span marked in its surroundings."""
    s, e = span.start, span.end
    before = text[max(0, s - 60) : s].replace("\n", " ")
    after = text[e : e + 60].replace("\n", " ")
    return f"[{s}:{e}]: …{isolate(before)}{on}{isolate(span.text)}{off}{isolate(after)}…"


def render_explanation(doc: Document, record: Record, *, color: bool) -> str:
    on, off = ("\x1b[1;33m", "\x1b[0m") if color else ("»", "«")
    lines = [render_table(record).rstrip()]
    for i, ev in enumerate(record.events, 1):
        lines.append(f"\n[{i}] {ev.type}/{ev.mode} {ev.status} — {_actors(ev)}")
        if ev.location:
            lines.append(f"    location: {ev.location}")
        if ev.date:
            lines.append(f"    date: {ev.date}")
        agents = [f"{a.code or '-'}:{a.agent}" for a in ev.actors if a.agent]
        if agents:
            lines.append(f"    agents: {', '.join(dict.fromkeys(agents))}")
        if ev.counts:
            lines.append(f"    counts: {', '.join(f'{k} {v:,}' for k, v in ev.counts.items())}")
        if ev.evidence:
            lines.append(f"    evidence {_in_context(doc.text, ev.evidence, on, off)}")
        if ev.told > 1:
            lines.append(f"    told {ev.told} times:")
            lines += [f"      {_in_context(doc.text, s, on, off)}" for s in ev.sentences]
        if ev.trigger:
            lines.append(f"    trigger: {isolate(ev.trigger)}")
    return "\n".join(lines) + "\n"
