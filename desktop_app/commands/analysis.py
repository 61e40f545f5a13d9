"""Sub-commands ``lq``, ``shift-share`` and ``complexity``: the regional indicators in batch."""

from __future__ import annotations

import argparse

from desktop_app.cli import emit
from desktop_app.commands.options import add_json_option, add_project_option, open_existing


def register(subparsers: argparse._SubParsersAction) -> None:
    lq = subparsers.add_parser("lq", help="location quotients of every region and industry")
    _common(lq)
    lq.add_argument("--year", type=int, required=True, help="the year")
    lq.add_argument(
        "--reference",
        metavar="R",
        help="region code of the reference (a country, a chosen region or a parent "
        "standing for the sum of its regions); default: the sum of the regions",
    )
    lq.set_defaults(func=_lq)

    shift = subparsers.add_parser(
        "shift-share",
        help="split a region's change into national share, industry mix and regional share",
    )
    _common(shift)
    shift.add_argument("--region", required=True, metavar="R", help="region code")
    shift.add_argument(
        "--reference",
        required=True,
        metavar="REF",
        help="reference region code ('sum' for the sum of the regions)",
    )
    shift.add_argument("--from", dest="year_from", type=int, required=True, metavar="Y0")
    shift.add_argument("--to", dest="year_to", type=int, required=True, metavar="Y1")
    shift.add_argument(
        "--method",
        choices=("dunn", "esteban", "dynamic"),
        default="dunn",
        help="classic (Dunn, default), Esteban-Marquillas with the allocation "
        "effect, or dynamic (year by year, summed)",
    )
    shift.set_defaults(func=_shift_share)

    cx = subparsers.add_parser(
        "complexity", help="diversity and ECI of regions, ubiquity and PCI of industries"
    )
    _common(cx)
    cx.add_argument("--year", type=int, required=True, help="the year")
    cx.set_defaults(func=_complexity)


def _common(parser: argparse.ArgumentParser) -> None:
    add_project_option(parser)
    parser.add_argument("--measure", metavar="M", help="measure code or name (default: first)")
    add_json_option(parser)


def _value(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def _left_out_lines(entries: list[dict]) -> list[str]:
    return [f"left out: {e['indicator']}: {e['count']} cells, {e['reason']}" for e in entries]


def _lq(args: argparse.Namespace) -> int:
    from desktop_app.services.analysis import lq_payload

    with open_existing(args.project, read_only=True) as project:
        payload = lq_payload(project.db, args.year, args.measure, args.reference)
    lines = [
        f"Location quotients {payload['year']}, {payload['measure']}, against "
        f"{payload['reference']}",
        "region\t" + "\t".join(payload["industries"]),
    ]
    lines += [
        row["region"] + "\t" + "\t".join(_value(v, 2) for v in row["lq"])
        for row in payload["regions"]
    ]
    emit(args, payload, "\n".join(lines + _left_out_lines(payload["left_out"])))
    return 0


def _shift_share(args: argparse.Namespace) -> int:
    from desktop_app.services.analysis import shift_share_payload

    with open_existing(args.project, read_only=True) as project:
        payload = shift_share_payload(
            project.db,
            args.region,
            args.reference,
            args.year_from,
            args.year_to,
            args.measure,
            args.method,
        )
    parts = [
        k
        for k in ("growth", "national_share", "industry_mix", "regional_share", "allocation")
        if k in payload
    ]
    lines = [f"Shift-share of {args.region}, {args.year_from}-{args.year_to} ({args.method})"]
    lines += [f"{k.replace('_', ' ')}: {_value(payload[k], 1)}" for k in parts]
    lines.append("industry\t" + "\t".join(parts))
    for row in payload["by_industry"]:
        note = f"\t(left out: {row['left_out']})" if row["left_out"] else ""
        lines.append(row["industry"] + "\t" + "\t".join(_value(row[k], 1) for k in parts) + note)
    emit(args, payload, "\n".join(lines))
    return 0


def _complexity(args: argparse.Namespace) -> int:
    from desktop_app.services.analysis import complexity_payload

    with open_existing(args.project, read_only=True) as project:
        payload = complexity_payload(project.db, args.year, args.measure)
    lines = ["region\tdiversity\tECI"]
    lines += [f"{r['region']}\t{r['diversity']}\t{_value(r['eci'])}" for r in payload["regions"]]
    lines += ["", "industry\tubiquity\tPCI"]
    lines += [
        f"{r['industry']}\t{r['ubiquity']}\t{_value(r['pci'])}" for r in payload["industries"]
    ]
    emit(args, payload, "\n".join(lines))
    return 0
