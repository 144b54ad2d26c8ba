#!/usr/bin/env python3
"""Builds src/Gongkai/Deadlines/workday-calendar.json from shared/domain/cn-workday-calendar.json.

The shared file is research notes (sources, paraphrases, derived lists, confidence remarks); the project file keeps
only what WorkdayCalendar reads, in one regular shape per year: the notices (title, document number or null),
the holidays as explicit inclusive date ranges with their names, and the make-up working days (调休上班) as dates.
Make-up days that a later notice cancelled (2020-02-01, inside the extended 2020 Spring Festival) are left out,
because they are rest days. The same per-year shape is what an administrator imports for a new year.
Run it again when the shared file changes; tests pin the result.

Usage: scripts/build-workday-calendar.py [path/to/cn-workday-calendar.json]
"""
import datetime, json, pathlib, sys

here = pathlib.Path(__file__).resolve().parent.parent


def find_shared():
    # The shared folder sits next to the main checkout (/work/shared) and above the worktrees (/work/wt/<name>).
    for base in [here, *here.parents]:
        candidate = base / "shared/domain/cn-workday-calendar.json"
        if candidate.exists():
            return candidate
    sys.exit("cn-workday-calendar.json not found; pass its path as the first argument")


src = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else find_shared()
data = json.loads(src.read_text(encoding="utf-8"))


def day(text):
    return datetime.date.fromisoformat(text)


years = []
for y in data["years"]:
    cancelled = {c["date"] for c in y.get("cancelled_makeup_workdays", [])}
    makeup = sorted(m["date"] for m in y["makeup_workdays"] if m["date"] not in cancelled)
    for m in makeup:
        if day(m).weekday() < 5:
            sys.exit(f"{y['year']}: make-up day {m} is not a Saturday or Sunday")
    # Cross-check against the research file's own list of weekday days off, computed independently.
    off = set()
    for h in y["holidays"]:
        d = day(h["first_day_off"])
        while d <= day(h["last_day_off"]):
            if d.weekday() < 5:
                off.add(d.isoformat())
            d += datetime.timedelta(days=1)
    if off != set(y["derived_weekday_days_off"]):
        sys.exit(f"{y['year']}: holiday ranges disagree with derived_weekday_days_off: {sorted(off ^ set(y['derived_weekday_days_off']))}")
    years.append({
        "year": y["year"],
        "notices": [{"title": n["title"], "document_number": n["document_number"]} for n in y["notices"]],
        "holidays": [{"name": h["name"], "first": h["first_day_off"], "last": h["last_day_off"]}
                     for h in sorted(y["holidays"], key=lambda h: h["first_day_off"])],
        "makeup_workdays": makeup,
    })

result = {
    "built_from": "shared/domain/cn-workday-calendar.json (schema_version %d)" % data["schema_version"],
    "working_day_rule": data["working_day_rule"]["summary"],
    "years": sorted(years, key=lambda y: y["year"]),
}
dest = here / "src/Gongkai/Deadlines/workday-calendar.json"
dest.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(dest)
