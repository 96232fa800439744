"""The passes over a document's events that read the story, not one clause: one act
told twice in a sentence is one event ("a drone strike killed X"; "X was killed when U.S.
warplanes bombed his house"), an act naming no one is aimed at the other side of the
story, and a ruler's resignation no one forced is a concession to his own people."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..records import Event
from ..time import ResolvedDate
from .when import date_fields
from .arguments import Arguments, modifier_chain

POLARITY = {"negated", "hypothetical"}
STEP_DOWN = "083"  # CAMEO: accede to demands for change in leadership


def tell_once(events: list[Event], event: Event, hosted: set[str], when: ResolvedDate | None,
              location) -> int | None:
    """Add ``event`` to ``events`` unless its sentence already tells the act: then join or
    fill the earlier one. Returns where the event now is (None when it only filled in an
    earlier telling of the same act)."""
    k = _same_act(events, event)
    half = _other_half(events, event, hosted) if k is None else None
    if half is not None:  # "X was killed when U.S. warplanes bombed his house"
        events[half] = _fill(_joined(events[half], event, hosted), event)
        return half
    if k is None:
        events.append(event)
        return len(events) - 1
    if _parties(event) > _parties(events[k]):  # "a drone strike killed X":
        events[k] = _fill(replace(event, id=events[k].id), events[k])
    else:  # "the bombing campaign began on September 30": one event
        events[k] = _merge(events[k], when, location)
    return None


def story_passes(events: list[Event], kinds: frozenset[str], affiliation: dict[str, str],
                 doc: Doc, args: Arguments, answered: dict[str, frozenset[str]],
                 faced: dict[str, frozenset[str]]) -> list[Event]:
    """The other side of the story for acts of ``kinds`` naming no one, then resignations."""
    nationality = _nationalities(doc, args)
    return [_stepped_down(_story_counterpart(e, events, kinds, affiliation, nationality, answered, faced),
                          affiliation, args)
            for e in events]


def _story_counterpart(event: Event, events: list[Event], kinds: frozenset[str],
                       affiliation: dict[str, str], nationality: dict[str, str],
                       answered: dict[str, frozenset[str]], faced: dict[str, frozenset[str]]) -> Event:
    """An act of a kind aimed at someone, whose sentence names no one, is aimed at the
    other side of the nearest event with its actor in it: one in its own sentence, else
    the latest told before ("Iran seized a British tanker ... Britain warned of serious
    consequences": Britain -> Iran). A state's side takes in its citizens ("A Chinese
    court jailed Canadian businessman Michael Spavor, a verdict Ottawa condemned").  An act
    that answers acts of other kinds (``answered``: a refusal answers a demand) looks first
    for one of those made of its actor, up to its own sentence."""
    if event.recipient or not event.actor or event.event not in kinds:
        return event
    own = {a.id for a in event.actor} | {affiliation[a.id] for a in event.actor if a.id in affiliation}
    n = event.evidence.sentence
    nearby = [e for e in events if e.evidence.sentence == n and e is not event]
    before = [e for e in reversed(events) if e.evidence.sentence < n]
    asked = answered.get(event.event)
    if asked:  # a refusal: the demand made of its actor first
        nearby = [e for e in nearby + before if e.event in asked and e.evidence.end <= event.evidence.start
                  and own & {r.id for r in e.recipient}][:1] + nearby

    def ours(refs) -> bool:
        return bool(own & ({r.id for r in refs} | {nationality.get(r.id) for r in refs}))

    def others(refs) -> tuple:
        return tuple(r for r in refs if r.id not in own and nationality.get(r.id) not in own)
    for other in nearby + before:
        if other.mode == "third-party":
            continue  # a broker is no side ("pulled back under a ceasefire mediated by the UN")
        if ours(other.actor):
            side = other.recipient
        elif ours(other.recipient):
            side = other.actor
        else:
            continue
        side = others(side)
        if side:
            return replace(event, recipient=side)
    threats = faced.get(event.event, frozenset())  # in no act of the story: it faces whoever
    for other in nearby + before:  # attacked ("Turkish troops landed on Cyprus ... Greece
        # ordered a general mobilisation" -> Turkey)
        side = others(other.actor)
        if other.event in threats and side and not ours(other.recipient) and "negated" not in other.aux:
            return replace(event, recipient=side)
    return event


def _same_act(events: list[Event], event: Event) -> int | None:
    """The earlier event of the same sentence and type that tells the same act as
    ``event``, one naming all the parties the other names ("Russian forces shelled
    Kharkiv, killing 21 people": one assault), with the same polarity."""
    for k, other in enumerate(events):
        if (other.evidence.sentence != event.evidence.sentence or other.event != event.event
                or POLARITY & set(other.aux) != POLARITY & set(event.aux)):
            continue
        a, b = _sides(other), _sides(event)
        if all(x <= y for x, y in zip(a, b)) or all(y <= x for x, y in zip(a, b)):
            return k
    return None


def _other_half(events: list[Event], event: Event, hosted: set[str]) -> int | None:
    """The earlier event of the same sentence, type and polarity that names only the
    side ``event`` lacks: "Thirteen soldiers were killed (-> Sri Lanka) when their truck
    was ambushed by Tamil guerrillas (Tamils ->)" tells one act. A doer aimed only at the
    state the act took place in (``hosted``) lacks a target too ("were killed in a U.S.
    drone strike" in Pakistan: the dead are the target, not Pakistan)."""
    for k, other in enumerate(events):
        if (other.evidence.sentence == event.evidence.sentence and other.event == event.event
                and POLARITY & set(other.aux) == POLARITY & set(event.aux)
                and {_half(other, hosted), _half(event, hosted)} == {"doer", "done to"}):
            return k
    return None


def _half(event: Event, hosted: set[str]) -> str | None:
    """'done to' for an event naming only its target, 'doer' for one naming only its actor
    (or its actor and the state where it happened), None for any other."""
    if not event.actor:
        return "done to" if event.recipient else None
    return "doer" if not event.recipient or event.id in hosted else None


def _joined(first: Event, second: Event, hosted: set[str]) -> Event:
    """One event from two halves: the doer's act (its mode, "drone strike") on the target
    of the one done to ('claimed' as the target's side says it, which the doer's was not)."""
    doer, done_to = (first, second) if _half(first, hosted) == "doer" else (second, first)
    return replace(doer, id=first.id, recipient=done_to.recipient,
                   aux=tuple(sorted(set(doer.aux) - {"claimed"} | set(done_to.aux))),
                   confidence=max(first.confidence, second.confidence))


def _sides(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(r.id for r in event.actor), frozenset(r.id for r in event.recipient))


def _parties(event: Event) -> int:
    return len(event.actor) + len(event.recipient)


def _fill(event: Event, other: Event) -> Event:
    """``event`` with the date and place it lacks taken from ``other``."""
    if event.date is None and other.date is not None:
        event = replace(event, date=other.date, date_precision=other.date_precision,
                        enddate=other.enddate, date_basis=other.date_basis)
    if event.location is None and other.location is not None:
        event = replace(event, location=other.location)
    return event


def _merge(event: Event, when: ResolvedDate | None, location) -> Event:
    """Fill an event's missing date or place from a second mention in its sentence."""
    if event.date is None and when is not None:
        event = replace(event, **date_fields(when))
    if event.location is None and location is not None:
        event = replace(event, location=location)
    return event


def _stepped_down(event: Event, affiliation: dict[str, str], args: Arguments) -> Event:
    """A ruler's resignation that no one in the story forced is a concession to his state's
    people ("Georgian President Eduard Shevardnadze resigned": Georgia, as civilians); told
    after the day he left office, to the people of the state the knowledge base gives him."""
    if event.recipient or len(event.actor) != 1 or event.cameo != STEP_DOWN:
        return event
    led = affiliation.get(event.actor[0].id)
    if led is None:  # "President Suharto resigned on Thursday" (told on Friday)
        named = args.mention(event.actor[0].id, "anaphora")
        led = named.actor.country if named is not None and named.actor.type == "person" else None
    state = args.state_of(led) if led else None
    if state is None or state.id != led:
        return event
    return replace(event, recipient=(state.ref(event.actor[0].text, "CVL"),))


def _nationalities(doc: Doc, args: Arguments) -> dict[str, str]:
    """The country of each person the document names by their nationality ("Canadian
    businessman Michael Spavor"); not the knowledge base's, as a rebel leader is a citizen of
    the state he fights."""
    out: dict[str, str] = {}
    for hit in args.found.mentions:
        if hit.actor.type != "person" or hit.actor.id in out:
            continue
        country = next(
            (a.actor.id for m in modifier_chain(doc[hit.end_tok - 1]) for a in args.of(m, conj=False)
             if a.actor.type == "state"), None)
        if country:
            out[hit.actor.id] = country
    return out
