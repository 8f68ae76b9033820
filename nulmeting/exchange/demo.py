"""Fictional but plausible Delfshaven data for demos, tests and benchmarks.

Deterministic per seed and day: the same seed (and ``today``) gives the same records, the same
ids and the same change times; a different seed gives different plekken. All names, e-mail
addresses and phone numbers are made up (e-mail under ``example.org``, phone numbers in the
06-1234 test range).

Plausible, as a buurtverbinder would find it (``tests/core/exchange/test_demo.py`` checks each
rule on the stored rows):

* a plek's activities of one meetmoment have different names;
* a planned meting (gepland) holds only the appointment: no figures, finance lines or needs,
  and its plek no activities yet, so it is never shown as complete; its date (when it has one)
  is after today, the date of an interview held (afgenomen, gecontroleerd) is today or before;
* the cost lines add up to the meting's total costs (*Totale lasten*), and its organisation
  costs are the line *Organisatie en administratie*;
* only a stichting or vereniging has ANBI (or SBBI) status; an informal collective has none.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from nulmeting.domain import reference
from nulmeting.domain.validation import check_record, clean_values
from nulmeting.store import changes
from nulmeting.store.store import Store

DELFSHAVEN = [d for d in reference.districts().values() if d.area == "delfshaven"]
STREETS = {
    "delfshaven": ["Voorhaven", "Piet Heynsplein", "Aelbrechtskolk", "Schiedamseweg"],
    "bospolder": ["Schiedamseweg", "Grote Visserijstraat", "Hooidrift", "Schippersstraat"],
    "tussendijken": ["Schiedamseweg", "Mathenesserdijk", "Jan Kobellstraat", "Rösener Manzstraat"],
    "spangen": ["Spanjaardstraat", "Bilderdijkstraat", "Potgieterstraat", "Korfmakersstraat"],
    "nieuwe-westen": ["Nieuwe Binnenweg", "Mathenesserlaan", "Bellevoysstraat", "Gijsingstraat"],
    "middelland": ["Snellinckstraat", "Beukelsdijk", "Claes de Vrieselaan", "Heemraadssingel"],
    "oud-mathenesse": ["Hudsonstraat", "Baffinstraat", "Chr. Huygensweg", "Hudsonplein"],
    "witte-dorp": ["Aakstraat", "Baarsweg", "Karperstraat", "Brasemstraat"],
    "schiemond": ["Schiemond", "Pieter de Hoochweg", "Lekkerkerkstraat", "Mullerkade"],
}
PLACE_WORDS = {
    "buurthuiskamer": ["Buurthuiskamer", "Huiskamer", "Warme Kamer"],
    "buurthuis-huis-van-de-wijk": ["Huis van de Wijk", "Buurthuis"],
    "inloophuis-spreekuur": ["Inloophuis", "Spreekuur", "Vraagwijzer"],
    "speeltuin": ["Speeltuin", "Speeltuinvereniging", "Kinderboerderij"],
    "groenplek-moestuin": ["Buurttuin", "Moestuin", "Groene Hof", "Pluktuin"],
    "kunstatelier-werkplaats": ["Atelier", "Werkplaats", "Maakplaats"],
    "sportplek-club": ["Sportclub", "Buurtsport", "Boksschool"],
    "kerk-moskee-levensbeschouwelijk": ["Kerkgemeenschap", "Moskeevereniging", "Ontmoetingskerk"],
    "zelforganisatie-culturele-vereniging": [
        "Vrouwenvereniging",
        "Culturele vereniging",
        "Zelforganisatie",
    ],
    "straatvereniging": ["Straatvereniging", "Bewonersgroep"],
    "wijkonderneming": ["Wijkonderneming", "Buurtcoöperatie"],
    "jongerenplek": ["Jongerenhonk", "Jongerencentrum"],
}
NAME_WORDS = [
    "De Pit",
    "Het Anker",
    "De Ontmoeting",
    "Samen",
    "De Brug",
    "Het Hart",
    "De Kas",
    "De Klinker",
    "Het Dok",
    "De Vlinder",
    "Het Plein",
    "De Haven",
    "Thuis",
    "De Kade",
    "Het Nest",
    "Zonnebloem",
    "De Boog",
    "Lichtpunt",
    "De Linde",
    "Het Vat",
]
ACTIVITIES = [
    ("Koffieochtend", ["ontmoeting-eenzaamheid"], ["iedereen"]),
    ("Buurtmaaltijd", ["voedsel-maaltijden", "ontmoeting-eenzaamheid"], ["iedereen"]),
    ("Taalcafé", ["taal"], ["nieuwkomers", "volwassenen"]),
    (
        "Formulierenspreekuur",
        ["formulierenhulp-spreekuur", "armoede-schulden"],
        ["laag-inkomen", "kwetsbare-bewoners"],
    ),
    ("Huiswerkklas", ["kinderen"], ["kinderen-0-12"]),
    ("Wandelgroep", ["bewegen-leefstijl"], ["ouderen-65"]),
    ("Moestuinieren", ["groen-natuur"], ["iedereen"]),
    ("Naaiatelier", ["kunst-cultuur-muziek", "werk-dagbesteding"], ["vrouwen"]),
    ("Jongerenavond", ["jongeren"], ["jongeren-12-23"]),
    ("Voedselpakketten uitdelen", ["voedsel-maaltijden", "armoede-schulden"], ["laag-inkomen"]),
    ("Digicafé", ["digitale-vaardigheden"], ["ouderen-65", "volwassenen"]),
    ("Koor", ["kunst-cultuur-muziek"], ["iedereen"]),
    ("Opvoedkoffie", ["opvoeding-gezin"], ["ouders-gezinnen"]),
    ("Herstelgroep", ["ggz-herstel"], ["kwetsbare-bewoners"]),
    ("Buurtsport", ["sport"], ["kinderen-0-12", "jongeren-12-23"]),
    ("Bezorgen bij buren", ["burenhulp-bezorgen"], ["ouderen-65"]),
]
FIRST = [
    "Fatima",
    "Mohamed",
    "Anouk",
    "Sanne",
    "Yusuf",
    "Priya",
    "Kees",
    "Marieke",
    "Ahmed",
    "Ilse",
    "Gerda",
    "Rachid",
    "Noor",
    "Dewi",
    "Jan",
    "Emine",
    "Tamara",
    "Bas",
    "Samira",
]
LAST = [
    "de Vries",
    "El Amrani",
    "Jansen",
    "Yilmaz",
    "Bakker",
    "Ramdin",
    "Visser",
    "Öztürk",
    "van Dijk",
    "Pinas",
    "Smit",
    "Bouzid",
    "de Groot",
    "Tahiri",
    "Mulder",
    "Kartosen",
]
SOURCES = list(reference.options("inkomstenbron"))
STRUCTURAL = {
    "gemeente-couleur-locale-welzijn",
    "contributie",
    "zaalverhuur",
    "woningcorporatie",
    "gemeente-opdracht-right-to-challenge",
}


#: Legal forms and the ANBI answers that fit them (weights): only a stichting or vereniging can
#: be an ANBI (a vereniging also an SBBI); a collective or a part of another organisation not.
ANBI_OF_LEGAL_FORM: dict[str, tuple[list[str], list[int]]] = {
    "stichting": (["anbi", "nee", "weet-niet"], [5, 3, 1]),
    "vereniging": (["anbi", "sbbi", "nee", "weet-niet"], [2, 2, 4, 1]),
    "informeel-collectief-met-penvoerder": (["nee"], [1]),
    "onderdeel-van-andere-organisatie": (["nee", "weet-niet"], [2, 1]),
}
#: Metingen that can carry ANBI status (what :data:`ANBI_OF_LEGAL_FORM` allows).
ANBI_FORMS = {"stichting", "vereniging"}
DONE = ("afgenomen", "gecontroleerd")


def _months_after(day: dt.date, months: int) -> dt.date:
    """The last day of the month ``months`` after ``day`` (funding runs to a month's end)."""
    year, month = divmod(day.month - 1 + months + 1, 12)
    return dt.date(day.year + year, month + 1, 1) - dt.timedelta(days=1)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _held_on(rng: random.Random, winter: int, today: dt.date) -> dt.date:
    """The date of an interview held (afgenomen) in the winter starting in ``winter``: in its
    December and January when that lies in the past, else in the weeks up to ``today``."""
    start = dt.date(winter, 12, 1)
    if start + dt.timedelta(days=60) <= today:
        return start + dt.timedelta(days=rng.randrange(60))
    first = min(start, today - dt.timedelta(days=30))
    return first + dt.timedelta(days=rng.randrange((today - first).days + 1))


def _planned_on(rng: random.Random, winter: int, today: dt.date) -> dt.date | None:
    """The appointment of a planned interview: after ``today``; none in the meetmoment of an
    earlier winter (the interview never took place). A winter's meetmoment is the current one
    from July to June (:func:`nulmeting.reading.intake.winter_start`)."""
    if winter < (today.year if today.month >= 7 else today.year - 1):
        return None
    return max(today, dt.date(winter, 11, 15)) + dt.timedelta(days=rng.randrange(1, 45))


def _cost_lines(rng: random.Random, volunteers: int, allowance: bool, fte: float) -> dict[str, int]:
    """A year's costs per category, rounded to tens of euros (the total is their sum)."""
    lines = {
        "huur-en-energie": round(rng.lognormvariate(8.6, 0.7), -1),
        "activiteiten-en-materialen": round(rng.lognormvariate(8.0, 0.8), -1),
    }
    if allowance:
        lines["vrijwilligersvergoedingen"] = round(volunteers * rng.uniform(80, 300), -1)
    if fte:
        lines["personeel"] = round(fte * rng.uniform(42000, 56000), -1)
    if rng.random() < 0.4:
        lines["overig"] = round(rng.uniform(100, 1500), -1)
    lines["organisatie-en-administratie"] = round(sum(lines.values()) * rng.uniform(0.03, 0.12), -1)
    return {k: int(v) for k, v in lines.items() if v > 0}


def generate(
    store: Store,
    places: int = 60,
    seed: int = 1,
    interviewer: str | None = None,
    round_name: str | None = None,
    batch: int = 500,
    commit_every: int = 2500,
    winter: int = 2025,
    today: dt.date | None = None,
    held: bool = False,
) -> int:
    """Add ``places`` fictional plekken (with everything a full interview records; about one in
    five still planned, with only the appointment).

    ``winter``: the year the meetmoment's interviews start (dates in its December and January,
    or up to ``today`` for this winter); ``held``: every interview has taken place (a past
    meetmoment). Returns the number of changes written. Changes are ingested ``batch`` plekken at a time
    (bounded memory) and committed every ``commit_every`` plekken: every commit rewrites the
    index pages its random UUID keys touched, so fewer, larger transactions write far less.
    """
    rng = random.Random(seed)
    today = today or dt.date.today()
    author = interviewer or store.interviewer or "Demo"
    round_name = round_name or store.current_round or "Nulmeting 2025-2026"
    laptop = store.laptop_id
    written = 0
    all_ids: list[str] = []
    commit_every = max(commit_every, batch)
    for first in range(0, places, commit_every):
        with store.write() as conn:
            for start in range(first, min(first + commit_every, places), batch):
                pending: list[dict[str, Any]] = []
                for i in range(start, min(start + batch, first + commit_every, places)):
                    pending.extend(
                        _place(rng, author, laptop, round_name, all_ids, i, winter, today, held)
                    )
                written += changes.ingest_rows(conn, pending).new_changes
    return written


def _place(
    rng: random.Random,
    author: str,
    laptop: str,
    round_name: str,
    all_ids: list[str],
    index: int,
    winter: int,
    today: dt.date,
    held: bool,
) -> Iterator[dict[str, Any]]:
    district = rng.choices(DELFSHAVEN, weights=[d.inhabitants or 1 for d in DELFSHAVEN])[0]
    kind = rng.choice(list(PLACE_WORDS))
    status = rng.choices(["gepland", *DONE], [0 if held else 2, 5, 3])[0]
    planned = status == "gepland"
    on = _planned_on(rng, winter, today) if planned else _held_on(rng, winter, today)
    # the records are made on the day of the interview, or (planned) when it was arranged
    made = on if on and not planned else min(today, dt.date(winter, 12, 1)) - dt.timedelta(7)
    visit = dt.datetime.combine(made, dt.time(9)) + dt.timedelta(minutes=rng.randrange(600))
    clock = iter(visit + dt.timedelta(seconds=s) for s in range(100000))
    legal_form = rng.choices(list(ANBI_OF_LEGAL_FORM), [6, 3, 2, 1])[0]

    def record(entity: str, values: dict[str, Any]) -> Iterator[dict[str, Any]]:
        record_id = _uuid(rng)
        cleaned = {k: v for k, v in clean_values(entity, values).items() if v is not None}
        check_record(entity, cleaned)
        at = next(clock).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
        for name, value in {"archived": False, **cleaned}.items():
            yield changes.make_change(
                entity, record_id, name, value, author=author, laptop=laptop, at=at
            )

    place_rows = list(
        record(
            "place",
            {
                "name": f"{rng.choice(PLACE_WORDS[kind])} {rng.choice(NAME_WORDS)}"
                + (f" {index + 1}" if index >= 20 else ""),
                "types": [kind],
                "address": f"{rng.choice(STREETS[district.code])} {rng.randrange(1, 250)}",
                "postcode": f"{district.pc4} {rng.choice('ABCDEGHJKLMNPRST')}{rng.choice('ABEGHKLNPRSTVXZ')}",
                "district": district.code,
                "legal_form": legal_form,
                "anbi": rng.choices(*ANBI_OF_LEGAL_FORM[legal_form])[0],
                "founded": rng.randrange(1975, 2025),
                "premises": rng.choice(list(reference.options("pand"))),
                "wheelchair_accessible": rng.random() < 0.6,
                "description": "Een plek waar buurtbewoners elkaar ontmoeten en samen iets doen.",
            },
        )
    )
    place_id = place_rows[0]["record_id"]
    all_ids.append(place_id)
    yield from place_rows

    volunteers = max(1, int(rng.gauss(20, 9)))
    core = max(1, volunteers // 4)
    allowance = rng.random() < 0.4
    fte = rng.choice([0, 0, 0, 0.4, 0.8, 1.2])
    cost_lines = _cost_lines(rng, volunteers, allowance, fte)
    costs = sum(cost_lines.values())
    appointment: dict[str, Any] = {
        "place_id": place_id,
        "round": round_name,
        "interviewer": author,
        "date": on,
        "status": status,
    }
    figures: dict[str, Any] = {
        "duration_minutes": rng.choice([45, 50, 60, 75]),
        "spoke_with": rng.choice(["coördinator", "voorzitter", "trekker"]),
        "volunteers_core": core,
        "volunteers_regular": volunteers - core,
        "volunteers_occasional": rng.randrange(0, 15),
        "hours_per_week": round(rng.uniform(2, 6), 1),
        "board_members": rng.randrange(0, 6),
        "paid_fte": fte,
        "interns": rng.randrange(0, 3),
        "volunteer_allowance": allowance,
        "total_costs": costs,
        "fiscal_year": winter - 1,
        "free_reserve": round(costs * rng.uniform(0, 1.0), -1),
        "overhead_costs": cost_lines["organisatie-en-administratie"],
        "board_continuity": rng.choice(list(reference.options("continuiteit"))),
        "succession_arranged": rng.random() < 0.4,
        "key_person_dependent": rng.random() < 0.5,
        "funding_secured_until": _months_after(made, rng.randrange(6, 37)),
    }
    interview_rows = list(record("interview", appointment if planned else appointment | figures))
    interview_id = interview_rows[0]["record_id"]
    yield from interview_rows

    first, last = rng.choice(FIRST), rng.choice(LAST)
    yield from record(
        "contact",
        {
            "place_id": place_id,
            "name": f"{first} {last}",
            "role": "coördinator",
            "email": f"{first.lower()}.{last.split()[-1].lower()}@example.org",
            "phone": f"06-1234{rng.randrange(1000, 9999)}",
            "consent_date": made,
            "consent_purposes": ["meting", "wijkagenda"],
            "keep_until": dt.date(winter + 2, 12, 31),
        },
    )
    if planned:  # the appointment is made; what the plek does is asked in the interview
        return
    for name, themes, groups in rng.sample(ACTIVITIES, rng.randrange(3, 13)):
        start = rng.choice([9, 10, 13, 14, 16, 19])
        yield from record(
            "activity",
            {
                "place_id": place_id,
                "name": name,
                "themes": themes,
                "target_groups": groups,
                "days": rng.sample(["ma", "di", "wo", "do", "vr", "za"], rng.choice([1, 1, 1, 2])),
                "start": f"{start:02d}:00",
                "end": f"{start + rng.choice([1, 2, 3]):02d}:00",
                "frequency": rng.choices(["wekelijks", "2-wekelijks", "maandelijks"], [7, 2, 1])[0],
                "participants": rng.randrange(4, 40),
                "run_by": rng.choices(["vrijwilligers", "gemengd", "professionals"], [7, 2, 1])[0],
                "partners": rng.choice(["", "DOCK", "Woonstad", "wmoradar", "Havensteder"]),
                "public": rng.random() < 0.85,
                "round": round_name,
            },
        )
    income = costs * rng.uniform(0.95, 1.12)  # about a third of the places run a deficit
    sources = rng.sample(SOURCES, rng.randrange(1, 5))
    weights = [rng.uniform(0.2, 1.0) for _ in sources]
    for source, weight in zip(sources, weights, strict=True):
        amount = round(income * weight / sum(weights), -1)
        structural = source in STRUCTURAL and rng.random() < 0.7
        yield from record(
            "finance_line",
            {
                "interview_id": interview_id,
                "kind": "inkomsten",
                "source": source,
                "amount": amount,
                "structural": structural,
                "ends_on": None if structural else _months_after(made, rng.randrange(6, 37)),
            },
        )
    for category, amount in cost_lines.items():
        yield from record(
            "finance_line",
            {
                "interview_id": interview_id,
                "kind": "kosten",
                "category": category,
                "amount": amount,
            },
        )
    for network in rng.sample(list(reference.options("netwerk")), rng.randrange(0, 3)):
        yield from record(
            "membership",
            {
                "place_id": place_id,
                "network": network,
                "role": rng.choice(["lid", "lid", "trekker"]),
                "round": round_name,
            },
        )
    if len(all_ids) > 1:
        for other in rng.sample(all_ids[:-1], min(2, len(all_ids) - 1)):
            yield from record(
                "tie",
                {
                    "place_id": place_id,
                    "other_place_id": other,
                    "kind": rng.choice(list(reference.options("relatietype"))),
                    "strength": rng.randrange(1, 5),
                    "round": round_name,
                },
            )
    yield from record(
        "tie",
        {
            "place_id": place_id,
            "partner": rng.choice(reference.partners()),
            "kind": "financiele-stroom",
            "strength": rng.randrange(2, 5),
            "round": round_name,
        },
    )
    if rng.random() < 0.7:
        yield from record(
            "need",
            {
                "interview_id": interview_id,
                "kind": rng.choice(list(reference.options("behoeftetype"))),
                "urgency": rng.choice(["laag", "middel", "hoog"]),
            },
        )


# --------------------------------------------------------------------------- two winters


@dataclass
class TwoWinters:
    previous: str
    current: str
    changes: int
    measured: int  # plekken measured this winter so far
    stopped: int
    new: int


def generate_two(
    store: Store,
    places: int = 60,
    seed: int = 1,
    interviewer: str | None = None,
    today: dt.date | None = None,
) -> TwoWinters:
    """Last winter's nulmeting and this winter's vervolgmeting (as the first start offers it),
    with plausible growth: about 70 % of the plekken interviewed again (more volunteers, some
    activities stopped, some new), 3 % stopped, 30 % still to do, and a few new plekken. The
    store is left on this winter's meetmoment."""
    from nulmeting.reading import intake
    from nulmeting.store import meetmoment

    winter = intake.winter_start(today)
    previous, current = (
        f"Nulmeting {winter - 1}-{winter}",
        intake.suggested_round(today, existing=True),
    )
    today = today or dt.date.today()
    written = generate(
        store,
        places,
        seed=seed,
        interviewer=interviewer,
        round_name=previous,
        winter=winter - 1,
        today=today,
        held=True,
    )
    written += meetmoment.start(store, current, source=previous).new_changes
    n_new = max(1, places // 25) if places >= 10 else 0
    rng = random.Random(seed * 7919 + 17)
    follow, _measured, stopped = follow_up(store, current, rng, interviewer, winter, today)
    written += follow
    if n_new:
        written += generate(
            store,
            n_new,
            seed=seed + 1000,
            interviewer=interviewer,
            round_name=current,
            winter=winter,
            today=today,
        )
    store.set_setting("round", current)
    with store.read() as conn:  # the rule the Groei sheet counts by (stopped ones apart)
        measured = len(meetmoment.measured_places(conn, current)) - stopped
    return TwoWinters(previous, current, written, measured, stopped, n_new)


def follow_up(
    store: Store,
    name: str,
    rng: random.Random,
    interviewer: str | None,
    winter: int,
    today: dt.date | None = None,
) -> tuple[int, int, int]:
    """This winter's interviews so far, as changes on top of the carried-over ones: held ones
    dated up to ``today``, most of the others with an appointment after it."""
    today = today or dt.date.today()
    from nulmeting.store import meetmoment

    author = interviewer or store.interviewer or "Demo"
    laptop = store.laptop_id
    with store.read() as conn:
        interviews = dict(
            conn.execute(
                "SELECT id, place_id FROM interview WHERE round = ? AND NOT archived "
                "ORDER BY place_id",
                (name,),
            ).fetchall()
        )
        owner: dict[tuple[str, str], str] = {("interview", i): p for i, p in interviews.items()}
        for entity in meetmoment.PER_ROUND:
            for rid, pid in conn.execute(
                f"SELECT id, place_id FROM {entity} WHERE round = ? AND NOT archived", (name,)
            ):
                owner[(entity, rid)] = pid
        for entity in meetmoment.PER_INTERVIEW:
            for rid, iid in conn.execute(
                f"SELECT id, interview_id FROM {entity} WHERE NOT archived"
            ):
                if iid in interviews:
                    owner[(entity, rid)] = interviews[iid]
    by_place: dict[str, list[tuple[str, str]]] = {}
    for key, pid in owner.items():
        by_place.setdefault(pid, []).append(key)
    rows: list[dict[str, Any]] = []
    measured = stopped = written = 0
    interview_of = {p: i for i, p in interviews.items()}
    state: dict[str, dict[tuple[str, str], dict[str, tuple[Any, list[str]]]]] = {}
    order = sorted(interview_of)
    # a few plekken stopped since last winter (at least one in a demo of ten or more)
    stop = set(rng.sample(order, max(1, len(order) * 3 // 100))) if len(order) >= 10 else set()
    for n, pid in enumerate(order):
        if n % 500 == 0:  # read the carried-over state of the next 500 plekken
            if rows:
                with store.write() as wconn:
                    written += changes.ingest_rows(wconn, rows).new_changes
                rows.clear()
            state = _carried_state(
                store, [k for p in order[n : n + 500] for k in by_place.get(p, [])]
            )
        luck = rng.random()
        records = state.get(pid, {})
        held = pid not in stop and luck < 0.72
        on = _held_on(rng, winter, today) if held else _planned_on(rng, winter, today)
        made = on if held and on else today - dt.timedelta(days=rng.randrange(1, 10))
        visit = dt.datetime.combine(made, dt.time(9)) + dt.timedelta(minutes=rng.randrange(600))
        tick = iter(range(100000))

        def change(
            entity: str,
            rid: str,
            fname: str,
            value: Any,
            parents: list[str],
            covers: list[str] | None = None,
            visit: dt.datetime = visit,
            tick: Iterator[int] = tick,
        ) -> None:
            at = (visit + dt.timedelta(seconds=next(tick))).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
            rows.append(
                changes.make_change(
                    entity,
                    rid,
                    fname,
                    value,
                    parents=parents,
                    covers=covers,
                    author=author,
                    laptop=laptop,
                    at=at,
                )
            )

        iid = interview_of[pid]
        iv = records.get(("interview", iid), {})
        status_heads = iv.get("status", (None, []))[1]
        interviewer_heads = iv.get("interviewer", (None, []))[1]
        if pid in stop:
            stopped += 1
            change("interview", iid, "status", meetmoment.STOPPED, status_heads)
            change("interview", iid, "interviewer", author, interviewer_heads)
            continue
        if not held:  # not yet interviewed this winter: most have an appointment
            if on and rng.random() < 0.7:
                change("interview", iid, "date", on.isoformat(), [])
            continue
        measured += 1
        growth = max(0.5, rng.gauss(1.12, 0.18))
        change(
            "interview",
            iid,
            "status",
            rng.choice(["afgenomen", "afgenomen", "gecontroleerd"]),
            status_heads,
        )
        change("interview", iid, "interviewer", author, interviewer_heads)
        change("interview", iid, "date", made.isoformat(), [])
        amounts = _grown_amounts(rng, records)
        for (entity, rid), fields_ in sorted(records.items()):
            if entity in {"activity"} and rng.random() < 0.12:  # this activity stopped
                all_heads = sorted(h for _, hs in fields_.values() for h in hs)
                archived_heads = fields_.get("archived", (None, []))[1]
                change(entity, rid, "archived", True, archived_heads, all_heads)
                continue
            for fname, (value, heads) in sorted(fields_.items()):
                if fname in {
                    "archived",
                    "round",
                    "predecessor_id",
                    "place_id",
                    "interview_id",
                    "status",
                    "interviewer",
                }:
                    continue
                if fname.startswith("volunteers_") and isinstance(value, int):
                    value = max(0, round(value * growth))
                elif fname == "participants" and isinstance(value, int):
                    value = max(1, round(value * rng.uniform(0.85, 1.3)))
                elif (entity, rid, fname) in amounts:
                    value = amounts[(entity, rid, fname)]
                elif fname == "fiscal_year" and isinstance(value, int):
                    value += 1
                change(entity, rid, fname, value, heads)
        known = {  # the plek's activities (a new one is not one of them again)
            fields_["name"][0]
            for (e, _r), fields_ in records.items()
            if e == "activity" and "name" in fields_
        }
        fresh = [a for a in ACTIVITIES if a[0] not in known]
        for aname, themes, groups in rng.sample(
            fresh, min(len(fresh), rng.choice([0, 0, 1, 1, 2]))
        ):
            rid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            start = rng.choice([10, 14, 19])
            values = {
                "archived": False,
                "place_id": pid,
                "name": aname,
                "themes": themes,
                "target_groups": groups,
                "days": [rng.choice(["ma", "di", "wo", "do"])],
                "start": f"{start:02d}:00",
                "end": f"{start + 2:02d}:00",
                "frequency": "wekelijks",
                "participants": rng.randrange(6, 30),
                "run_by": "vrijwilligers",
                "public": True,
                "round": name,
            }
            for fname, value in clean_values("activity", values).items():
                change("activity", rid, fname, value, [])
    if rows:
        with store.write() as wconn:
            written += changes.ingest_rows(wconn, rows).new_changes
    return written, measured, stopped


def _grown_amounts(
    rng: random.Random, records: dict[tuple[str, str], dict[str, tuple[Any, list[str]]]]
) -> dict[tuple[str, str, str], Any]:
    """This winter's amounts of a plek's carried-over finance lines (costs and income each
    grown by one factor), and the meting's total costs and organisation costs as the sum of
    its cost lines: (entity, record, field) → value."""
    cost_growth, income_growth = rng.uniform(0.98, 1.12), rng.uniform(0.95, 1.15)
    out: dict[tuple[str, str, str], Any] = {}
    costs = 0
    overhead = None
    for (entity, rid), fields_ in sorted(records.items()):
        amount = fields_.get("amount", (None, []))[0]
        if entity != "finance_line" or not isinstance(amount, (int, float)):
            continue
        is_cost = fields_.get("kind", (None, []))[0] == "kosten"
        new = int(round(amount * (cost_growth if is_cost else income_growth), -1))
        out[(entity, rid, "amount")] = new
        if is_cost:
            costs += new
            if fields_.get("category", (None, []))[0] == "organisatie-en-administratie":
                overhead = new
    interview = next((rid for entity, rid in records if entity == "interview"), None)
    if interview and costs:
        out[("interview", interview, "total_costs")] = costs
        if overhead is not None:
            out[("interview", interview, "overhead_costs")] = overhead
    return out


def _carried_state(
    store: Store, keys: list[tuple[str, str]]
) -> dict[str, dict[tuple[str, str], dict[str, tuple[Any, list[str]]]]]:
    """plek → (entity, record) → field → (value, heads) of the carried-over (not yet
    confirmed) fields of the records ``keys``."""
    from nulmeting.store import meetmoment

    out: dict[str, dict[tuple[str, str], dict[str, tuple[Any, list[str]]]]] = {}
    by_entity: dict[str, list[str]] = {}
    for entity, rid in keys:
        by_entity.setdefault(entity, []).append(rid)
    with store.read() as conn:
        for entity, ids in by_entity.items():
            for first in range(0, len(ids), 900):
                chunk = ids[first : first + 900]
                for rid, fname, value, heads, pid in conn.execute(
                    f"SELECT f.record_id, f.field, f.value, f.heads, "
                    f"{_PLACE_OF[entity]} FROM field_state f WHERE f.entity = ? AND "
                    f"f.author = ? AND f.record_id IN ({','.join('?' * len(chunk))})",
                    (entity, meetmoment.CARRY_AUTHOR, *chunk),
                ):
                    out.setdefault(pid, {}).setdefault((entity, rid), {})[fname] = (
                        json.loads(value),
                        json.loads(heads),
                    )
    return out


#: SQL for the plek of a record in ``field_state f`` (used by :func:`_carried_state`).
_PLACE_OF = {
    "interview": "(SELECT place_id FROM interview WHERE id = f.record_id)",
    "activity": "(SELECT place_id FROM activity WHERE id = f.record_id)",
    "membership": "(SELECT place_id FROM membership WHERE id = f.record_id)",
    "tie": "(SELECT place_id FROM tie WHERE id = f.record_id)",
    "finance_line": "(SELECT i.place_id FROM finance_line l JOIN interview i ON "
    "i.id = l.interview_id WHERE l.id = f.record_id)",
    "need": "(SELECT i.place_id FROM need l JOIN interview i ON i.id = l.interview_id "
    "WHERE l.id = f.record_id)",
}
