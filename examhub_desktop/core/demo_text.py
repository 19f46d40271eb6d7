"""Realistic exam text for demo data, from small word tables and templates; pure and seeded.

A subject is a few relations (country -> capital, element -> symbol, event -> year ...) and
some numeric formulas. One row gives a multiple choice, true/false, short answer, numerical
or matching question, and the other rows supply plausible wrong choices, so a few hundred
words make thousands of distinct questions with no network and no data files. Each question
comes with candidate responses (right, partly right, wrong) in core.responses' shapes, which
the demo writer grades once with core.grading and hands out to simulated students.
"""

from __future__ import annotations

import ast
import math
import operator
import random
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from examhub_desktop.core.question import (
    Choice,
    Difficulty,
    MatchPair,
    NumericAnswer,
    Question,
    QuestionType,
    TextAnswer,
)
from examhub_desktop.core.responses import Response

T = QuestionType

# "== Subject: topics", then relations: "-- ask | state | match [| option ...]" and indented
# rows "key=value@group; ...". A value "A/B" shows A and accepts both. Options: pick=<multiple
# response over a group>, values (pick among values, not keys), numeric, first=<which came
# first>, case (short answers are case-sensitive). Numeric formulas: "~~ text | name=lo:hi[:step]
# or name=v1,v2 or name=expression ... | answer expression | tolerance | why".
_DATA = """
== Biology: Cells and organelles; Classification; Genetics; Ecology; Human physiology
-- Which cell structure is responsible for {k}? | The {v} is responsible for {k}. | Match each job in the cell to the structure that does it.
  aerobic respiration=mitochondrion; protein synthesis=ribosome; photosynthesis=chloroplast;
  controlling what enters and leaves the cell=cell membrane; storing the genetic material=nucleus;
  modifying and packaging proteins=Golgi apparatus; digesting worn-out organelles=lysosome;
  keeping a plant cell rigid=cell wall
-- To which vertebrate class does the {k} belong? | The {k} is a {v}. | Match each animal to its vertebrate class. | pick=Which of these animals are {g}?
  whale=mammal@mammals; bat=mammal@mammals; dolphin=mammal@mammals; shark=fish@fish; salmon=fish@fish;
  penguin=bird@birds; ostrich=bird@birds; frog=amphibian@amphibians; salamander=amphibian@amphibians;
  crocodile=reptile@reptiles; tortoise=reptile@reptiles
-- {k}? | The answer to '{k}?' is {v}. | Match each question to its number. | numeric
  How many chromosomes are in a typical human body cell=46;
  How many chambers does the human heart have=4;
  How many pairs of ribs does an adult human usually have=12
~~ A culture of {n} bacteria doubles every hour. How many bacteria are there after {h} hours? | n=50,100,200,500 h=2:6 | n*2**h | 0 | {n} × 2^{h} = {ans}
~~ A drawing of a cell is {i} mm long; the cell is {x} mm long. What is the magnification? | i=20:60:10 x=0.01,0.02,0.05,0.1 | i/x | 0.5 | magnification = image size ÷ actual size
== Chemistry: The periodic table; Atomic structure; Bonding; Quantitative chemistry; Acids and bases
-- What is the chemical symbol for {k}? | The chemical symbol for {k} is {v}. | Match each element to its chemical symbol. | pick=Which of these elements are {g}? | case
  hydrogen=H@non-metals; helium=He@noble gases; carbon=C@non-metals; nitrogen=N@non-metals;
  oxygen=O@non-metals; sodium=Na@metals; magnesium=Mg@metals; chlorine=Cl@non-metals;
  argon=Ar@noble gases; neon=Ne@noble gases; potassium=K@metals; calcium=Ca@metals; iron=Fe@metals;
  copper=Cu@metals; silver=Ag@metals; gold=Au@metals; lead=Pb@metals; zinc=Zn@metals
-- What is the atomic number of {k}? | The atomic number of {k} is {v}. | Match each element to its atomic number. | numeric
  hydrogen=1; helium=2; carbon=6; nitrogen=7; oxygen=8; sodium=11; chlorine=17; iron=26; copper=29;
  gold=79
~~ How many moles are there in {m} g of water (H₂O, M = 18 g/mol)? | m=9:90:9 | m/18 | 0.01 | moles = mass ÷ molar mass
~~ {n} mol of salt is dissolved to make {v} dm³ of solution. What is its concentration in mol/dm³? | n=0.5,1,2,3 v=0.25,0.5,2,4 | n/v | 0.01 | concentration = moles ÷ volume
== Physics: Forces and motion; Energy; Electricity; Waves; Measurement
-- What is the SI unit of {k}? | The SI unit of {k} is the {v}. | Match each quantity to its SI unit. | pick=Which of these are {g}?
  force=newton@derived quantities; energy=joule@derived quantities; power=watt@derived quantities;
  electric current=ampere@SI base quantities; electric charge=coulomb@derived quantities;
  potential difference=volt@derived quantities; resistance=ohm@derived quantities;
  frequency=hertz@derived quantities; pressure=pascal@derived quantities;
  mass=kilogram@SI base quantities; temperature=kelvin@SI base quantities;
  time=second@SI base quantities
~~ A train travels {d} km in {t} hours. What is its average speed in km/h? | d=60:600:20 t=2,4,5 | d/t | 0.5 | speed = distance ÷ time
~~ What force, in newtons, gives a {m} kg trolley an acceleration of {a} m/s²? | m=2:40 a=2:9 | m*a | 0 | F = m × a
~~ A {v} V supply drives a current of {i} A through a resistor. What is its resistance in ohms? | v=6,9,12,24,230 i=0.5,2,3,4 | v/i | 0.1 | R = V ÷ I
== Mathematics: Number; Algebra; Geometry; Statistics; Ratio and percentages
-- How many sides does a {k} have? | A {k} has {v} sides. | Match each polygon to its number of sides. | numeric
  triangle=3; quadrilateral=4; pentagon=5; hexagon=6; heptagon=7; octagon=8; nonagon=9; decagon=10
-- Which formula gives the area of a {k}? | The area of a {k} is {v}. | Match each shape to the formula for its area.
  circle=πr²; triangle=½bh; rectangle=lw; trapezium=½(a + b)h; parallelogram=bh
~~ What is {a} × {b}? | a=6:29 b=6:19 | a*b | 0 | {a} × {b} = {ans}
~~ Solve for x: {a}x + {b} = {c} | a=2:9 x=-6:12 b=1:30 c=a*x+b | x | 0 | x = ({c} − {b}) ÷ {a} = {ans}
~~ What is {p}% of {n}? | p=5,10,12,15,20,25,40,75 n=40:900:20 | p*n/100 | 0.01 | {p} ÷ 100 × {n} = {ans}
~~ What is the mean of {a}, {b}, {c} and {d}? | a=1:20 b=1:20 c=1:20 d=1:20 | (a+b+c+d)/4 | 0.01 | the sum divided by how many numbers there are
== History: Medieval Europe; Revolutions; The World Wars; The Cold War; Empires and independence
-- In which year did {k} take place? | {k} took place in {v}. | Match each event to its year. | pick=Which of these events took place in {g}? | numeric | first=Which of these took place first?
  the Battle of Hastings=1066@the Middle Ages; the sealing of Magna Carta=1215@the Middle Ages;
  the fall of Constantinople=1453@the Middle Ages;
  the storming of the Bastille=1789@the age of revolutions;
  the unification of Germany=1871@the age of revolutions;
  the start of the First World War=1914@the 20th century; the Wall Street Crash=1929@the 20th century;
  the end of the Second World War=1945@the 20th century; the independence of India=1947@the 20th century;
  the first Moon landing=1969@the 20th century; the fall of the Berlin Wall=1989@the 20th century
-- Which country did {k} lead? | {k} led {v}. | Match each leader to the country they led.
  Winston Churchill=the United Kingdom; Charles de Gaulle=France;
  Franklin D. Roosevelt=the United States; Nelson Mandela=South Africa; Jawaharlal Nehru=India;
  Otto von Bismarck=Germany; Mustafa Kemal Atatürk=Turkey; Kwame Nkrumah=Ghana
== Geography: Countries and capitals; Rivers and coasts; Weather and climate; Population; Tectonic hazards
-- What is the capital of {k}? | The capital of {k} is {v}. | Match each country to its capital. | pick=Which of these countries are in {g}?
  France=Paris@Europe; Germany=Berlin@Europe; Spain=Madrid@Europe; Poland=Warsaw@Europe;
  Norway=Oslo@Europe; Japan=Tokyo@Asia; India=New Delhi@Asia; Vietnam=Hanoi@Asia; Thailand=Bangkok@Asia;
  Kenya=Nairobi@Africa; Egypt=Cairo@Africa; Nigeria=Abuja@Africa; Ghana=Accra@Africa;
  Brazil=Brasília/Brasilia@South America; Argentina=Buenos Aires@South America; Peru=Lima@South America;
  Canada=Ottawa@North America; Mexico=Mexico City@North America; Australia=Canberra@Oceania;
  New Zealand=Wellington@Oceania
-- {k}? | The answer to '{k}?' is {v}. | Match each question to its number. | numeric
  How many continents are there=7; How many oceans are usually counted=5;
  At what temperature in °C does pure water boil at sea level=100
== English Literature: Shakespeare; The nineteenth-century novel; Modern fiction; Poetry; Literary devices
-- Who wrote {k}? | {k} was written by {v}. | Match each work to its author. | pick=Which of these works were written by {g}?
  Hamlet=William Shakespeare@William Shakespeare; Macbeth=William Shakespeare@William Shakespeare;
  Romeo and Juliet=William Shakespeare@William Shakespeare; Pride and Prejudice=Jane Austen@Jane Austen;
  Emma=Jane Austen@Jane Austen; Great Expectations=Charles Dickens@Charles Dickens;
  Oliver Twist=Charles Dickens@Charles Dickens; Jane Eyre=Charlotte Brontë/Charlotte Bronte;
  Wuthering Heights=Emily Brontë/Emily Bronte; Animal Farm=George Orwell@George Orwell;
  Nineteen Eighty-Four=George Orwell@George Orwell; Frankenstein=Mary Shelley;
  To Kill a Mockingbird=Harper Lee; Things Fall Apart=Chinua Achebe; Mrs Dalloway=Virginia Woolf
-- In which year was {k} first published? | {k} was first published in {v}. | Match each novel to the year it was first published. | numeric | first=Which of these novels was published first?
  Pride and Prejudice=1813; Frankenstein=1818; Jane Eyre=1847; Great Expectations=1861;
  Mrs Dalloway=1925; Animal Farm=1945; Nineteen Eighty-Four=1949; Things Fall Apart=1958;
  To Kill a Mockingbird=1960
-- Which literary device is {k}? | The device '{v}' is {k}. | Match each definition to its device.
  a comparison using 'like' or 'as'=simile; a comparison that says one thing is another=metaphor;
  the repetition of initial consonant sounds=alliteration; deliberate exaggeration=hyperbole;
  giving human qualities to things that are not human=personification;
  a word that imitates a sound=onomatopoeia; a hint of what is to come=foreshadowing
== French: Family and friends; Food and drink; School life; Animals; Numbers and time
-- What is the French word for '{k}'? | The French word for '{k}' is '{v}'. | Match each English word to its French translation. | pick=Which of these French words name {g}? | values
  dog=chien@animals; cat=chat@animals; horse=cheval@animals; bird=oiseau@animals; bread=pain@food;
  cheese=fromage@food; apple=pomme@food; water=eau@food; mother=mère/mere@family members;
  brother=frère/frere@family members; daughter=fille@family members; pupil=élève/eleve@school things;
  book=livre@school things; pencil=crayon@school things
-- Write '{k}' as a number. | '{k}' is {v}. | Match each French number to its value. | numeric
  quarante-deux=42; soixante-dix=70; quatre-vingts=80; quatre-vingt-dix-neuf=99; cent=100;
  vingt-trois=23; mille=1000
== Spanish: Family and friends; Food and drink; School life; Animals; Travel
-- What is the Spanish word for '{k}'? | The Spanish word for '{k}' is '{v}'. | Match each English word to its Spanish translation. | pick=Which of these Spanish words name {g}? | values
  dog=perro@animals; cat=gato@animals; horse=caballo@animals; bird=pájaro/pajaro@animals; bread=pan@food;
  cheese=queso@food; apple=manzana@food; water=agua@food; mother=madre@family members;
  brother=hermano@family members; grandfather=abuelo@family members; pupil=alumno@school things;
  book=libro@school things; pencil=lápiz/lapiz@school things
-- Write '{k}' as a number. | '{k}' is {v}. | Match each Spanish number to its value. | numeric
  cuarenta y dos=42; setenta=70; noventa y nueve=99; cien=100; quince=15; veintitrés=23; mil=1000
== German: Family and friends; Food and drink; School life; Animals; Free time
-- What is the German word for '{k}'? | The German word for '{k}' is '{v}'. | Match each English word to its German translation. | pick=Which of these German words name {g}? | values
  dog=Hund@animals; cat=Katze@animals; horse=Pferd@animals; bird=Vogel@animals; bread=Brot@food;
  cheese=Käse/Kaese@food; apple=Apfel@food; water=Wasser@food; mother=Mutter@family members;
  brother=Bruder@family members; daughter=Tochter@family members; teacher=Lehrer@school things;
  book=Buch@school things; pencil=Bleistift@school things
-- Write '{k}' as a number. | '{k}' is {v}. | Match each German number to its value. | numeric
  zweiundvierzig=42; siebzig=70; neunundneunzig=99; hundert=100; fünfzehn=15; dreiundzwanzig=23;
  tausend=1000
== Computer Science: Algorithms; Data structures; Programming; Networks; Data representation
-- Which term describes {k}? | '{v}' describes {k}. | Match each description to its term.
  a step-by-step procedure for solving a problem=algorithm; a named value that can change=variable;
  a fault in a program=bug; a function that calls itself=recursion;
  translating a whole program into machine code before it runs=compilation;
  a collection of items kept in last-in, first-out order=stack;
  a collection of items kept in first-in, first-out order=queue
-- What is {k}? | {k} is {v}. | Match each name to what it is. | pick=Which of these are {g}?
  Python=a programming language@programming languages; Java=a programming language@programming languages;
  Rust=a programming language@programming languages; a hash table=a data structure@data structures;
  a linked list=a data structure@data structures; a binary tree=a data structure@data structures;
  HTTP=a network protocol@network protocols; TCP=a network protocol@network protocols;
  DNS=a network protocol@network protocols

~~ What is the binary number {n:b} in decimal? | n=5:255 | n | 0 | {n:b} in base 2 is {ans}
~~ How many bits are there in {n} bytes? | n=2:64 | 8*n | 0 | one byte is eight bits
"""


_LISTS = """
Amara Olivia Noah Mateo Sofia Liam Aisha Yusuf Chloe Ethan Mia Lucas Zara Arjun Priya Hannah Leo Isla Omar Fatima Jack Grace Kenji Yuki Elena Diego Chen Wei Anna Jonas Lena Finn Maya Ravi Nia Kofi Emma Oscar Lily Samuel Ines Tomás Zoë Björn Freya Aaron Layla Daniel Amelia Hugo Ava Ibrahim Chiara Marco Sara Felix
Okafor Smith Garcia Müller Rossi Kowalski Nguyen Patel Kim Tanaka Silva Johnson Brown Dubois Hansen Ali Haddad Mensah Novak Schmidt Lopez Martin Williams Jones Khan Singh Chen Wang Ivanova Costa Moreau Fischer Andersen Murphy Kelly Sato Hoffmann Romero Ferreira Jansen Bakker Nowak Adeyemi Banda Cohen Levi Park Clarke
riverside-high northfield-academy lakeview-college st-anselm hillcrest-school
Quiz|Unit test|Mid-term exam|End of term exam|Mock exam|Practice set|Revision test
Year 9|Year 10|Year 11|Year 12|Grade 8|Grade 10|Foundation|Higher
"""


@dataclass(frozen=True, slots=True)
class Relation:
    """Rows (key, value, group) and the templates that turn one row into question text."""

    ask: str
    state: str
    match: str
    rows: tuple[tuple[str, str, str], ...]
    pick: str = ""
    pick_values: bool = False
    numeric: bool = False
    first: str = ""
    case_sensitive: bool = False


@dataclass(frozen=True, slots=True)
class Formula:
    """A numeric question template: parameters drawn at random, the answer computed."""

    text: str
    params: tuple[tuple[str, str], ...]  # name, "lo:hi[:step]" | "v1,v2" | an expression
    answer: str  # an expression over the parameters
    tolerance: float
    why: str


@dataclass(frozen=True, slots=True)
class Fact:
    """A drawn numeric question; `claim` has "{v}" where a true/false statement puts a number."""

    text: str
    value: float
    tolerance: float
    why: str
    claim: str


@dataclass(frozen=True, slots=True)
class Subject:
    name: str
    topics: tuple[str, ...]
    relations: tuple[Relation, ...]
    formulas: tuple[Formula, ...] = ()


@dataclass(frozen=True, slots=True)
class DemoQuestion:
    """A question and what simulated students answer: right, partly right, wrong."""

    question: Question
    right: Response | None  # None: nothing to answer (a description)
    partial: tuple[Response, ...] = ()
    wrong: tuple[Response, ...] = ()


_OPS: dict[type, Callable[[float, float], float]] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}  # fmt: skip


def _calc(expr: str, env: dict[str, float]) -> float:
    """Arithmetic over named parameters; the formulas above are the only input."""

    def ev(node: ast.expr) -> float:
        if isinstance(node, ast.BinOp):
            return _OPS[type(node.op)](ev(node.left), ev(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -ev(node.operand)
        if isinstance(node, ast.Name):
            return env[node.id]
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return node.value
        raise ValueError(f"unsupported formula {expr!r}")

    return ev(ast.parse(expr, mode="eval").body)


def _number(text: str) -> float:
    return int(text) if text.lstrip("-").isdigit() else float(text)


def draw(rng: random.Random, f: Formula) -> Fact:
    env: dict[str, float] = {}
    for name, spec in f.params:
        if ":" in spec:
            lo, hi, *step = (int(p) for p in spec.split(":"))
            env[name] = rng.randrange(lo, hi + 1, *step)
        elif spec[:1].isdigit() or spec[:1] == "-":
            env[name] = rng.choice([_number(p) for p in spec.split(",")])
        else:
            env[name] = int(_calc(spec, env))
    value = _calc(f.answer, env)
    text = f.text.format(**env)
    return Fact(
        text, value, f.tolerance, f.why.format(ans=_num(value), **env), f"The answer to “{text}” is {{v}}."
    )


def _relation(header: str, rows: str) -> Relation:
    ask, state, match, *opts = (p.strip() for p in header.split("|"))
    o = {k: v for k, _, v in (opt.partition("=") for opt in opts)}
    parsed = []
    for item in rows.split(";"):
        kv, _, group = item.partition("@")
        k, _, v = kv.partition("=")
        parsed.append((k.strip(), v.strip(), group.strip()))
    flags = ("values" in o, "numeric" in o, o.get("first", ""), "case" in o)
    return Relation(ask, state, match, tuple(parsed), o.get("pick", ""), *flags)


def _formula(line: str) -> Formula:
    text, params, answer, tol, why = (p.strip() for p in line.split("|"))
    pairs = tuple((k, v) for k, _, v in (p.partition("=") for p in params.split()))
    return Formula(text, pairs, answer, float(tol), why)


def _parse(data: str) -> tuple[Subject, ...]:
    subjects: list[tuple[str, list[tuple[str, list[str]]], list[Formula]]] = []
    for line in data.strip().splitlines():
        if line.startswith("== "):
            subjects.append((line[3:], [], []))
        elif line.startswith("-- "):
            subjects[-1][1].append((line[3:], []))
        elif line.startswith("~~ "):
            subjects[-1][2].append(_formula(line[3:]))
        else:
            subjects[-1][1][-1][1].append(line.strip())
    out = []
    for head, rels, formulas in subjects:
        name, _, topics = head.partition(":")
        relations = tuple(_relation(h, " ".join(rows)) for h, rows in rels)
        out.append(Subject(name, tuple(t.strip() for t in topics.split(";")), relations, tuple(formulas)))
    return tuple(out)


SUBJECTS = _parse(_DATA)
_lines = _LISTS.strip().splitlines()
FIRST_NAMES, LAST_NAMES, SCHOOLS = (tuple(line.split(" ")) for line in _lines[:3])
EXAM_KINDS, LEVELS = (tuple(line.split("|")) for line in _lines[3:])
TYPE_WEIGHTS = {T.MULTIPLE_CHOICE: 40, T.TRUE_FALSE: 14, T.MULTIPLE_RESPONSE: 10, T.SHORT_ANSWER: 10,
                T.NUMERICAL: 10, T.MATCHING: 8, T.ESSAY: 5}  # fmt: skip


def ascii_slug(text: str) -> str:
    """ "Zoë Müller" -> "zoemuller": e-mail addresses stay plain ASCII."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def exam_title(rng: random.Random, subject: Subject) -> tuple[str, str]:
    """Title and description of an exam."""
    topic, a, b = rng.sample(subject.topics, 3)
    kind = rng.choice(EXAM_KINDS)
    calc = "Calculators are allowed." if rng.random() < 0.5 else "Calculators are not allowed."
    return (
        f"{subject.name} {rng.choice(LEVELS)}: {topic} — {kind}",
        f"{kind} on {topic.lower()}, with revision of {a.lower()} and {b.lower()}. {calc}",
    )


def type_plan(rng: random.Random, n: int, *, essays: bool) -> list[QuestionType]:
    """Types of an n-question exam: every answerable type at least once (essays only in written
    exams), the rest by weight; a description opens the exam and each further 25 questions."""
    kinds = [t for t in TYPE_WEIGHTS if essays or t is not T.ESSAY]
    n_desc = 1 + (n - 1) // 25 if n >= 8 else 0
    body = kinds[: max(0, n - n_desc)]
    body += rng.choices(kinds, [TYPE_WEIGHTS[t] for t in kinds], k=max(0, n - n_desc - len(body)))
    rng.shuffle(body)
    for i in range(n_desc):
        body.insert(i * 26, T.DESCRIPTION)
    return body


def exam_questions(rng: random.Random, subject: Subject, n: int, *, essays: bool) -> Iterator[DemoQuestion]:
    """The n questions of one exam, in order. No two ask about the same row (one would give the
    other away), and a question the exam has already (by text; for matching and multiple response
    by text and content) is drawn again, up to 5 times."""
    used: set[str] = set()
    texts: set[str] = set()
    section = 0
    for qtype in type_plan(rng, n, essays=essays):
        section += qtype is T.DESCRIPTION
        for _ in range(6):
            trial = set(used)
            dq = make_question(rng, subject, qtype, section, trial)
            q = dq.question
            key = "|".join([q.text, *(p.prompt for p in q.pairs), *sorted(c.text for c in q.choices)])
            if q.type is T.MULTIPLE_CHOICE:  # the same stem with other choices is the same question
                key = q.text
            if key not in texts:
                break
        used = trial
        texts.add(key)
        yield dq


def _row(rng: random.Random, rel: Relation, used: set[str]) -> tuple[str, str, str]:
    """A row of `rel` not in `used` (any row once all are used), marked as used."""
    fresh = [row for row in rel.rows if f"{rel.ask}|{row[0]}" not in used]
    row = rng.choice(fresh or rel.rows)
    used.add(f"{rel.ask}|{row[0]}")
    return row


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _main(v: str) -> str:
    return v.split("/", 1)[0]


def _num(x: float) -> str:
    return f"{x:g}" if abs(x) < 1e6 else f"{x:.0f}"


def _near(rng: random.Random, x: float, k: int) -> list[float]:
    """k plausible wrong numbers: a step or two off, doubled, halved, off by one."""
    step = max(1.0, 10.0 ** (math.floor(math.log10(abs(x))) - 1)) if x else 1.0
    pool = {x + step, x - step, x + 2 * step, x * 2, x / 2, x + 1, x - 1} - {x}
    return rng.sample(sorted(p for p in pool if p >= 0 or x <= 0), k)


def _accepted(v: str) -> tuple[TextAnswer, ...]:
    """ "the United Kingdom" also accepts "United Kingdom"; "Brasília/Brasilia" both spellings."""
    texts = v.split("/")
    texts += [t.split(" ", 1)[1] for t in texts if t.split(" ", 1)[0] in ("a", "an", "the") and " " in t]
    return tuple(TextAnswer(t) for t in texts)


def make_question(
    rng: random.Random, subject: Subject, qtype: QuestionType, section: int = 1, used: set[str] | None = None
) -> DemoQuestion:
    """One question of `qtype` on `subject`, with candidate responses for simulated students;
    `used` keeps the rows an exam has asked about."""
    used = set() if used is None else used
    diff = rng.choices((Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD), (30, 50, 20))[0]
    if qtype is T.DESCRIPTION:
        text = (
            f"Section {section}: {rng.choice(subject.topics)}. Read each question carefully and answer "
            "every one; you can flag a question and come back to it before you submit."
        )
        return DemoQuestion(Question(T.DESCRIPTION, text, points=0, difficulty=diff), None)
    if qtype is T.ESSAY:
        topic, other = (t.lower() for t in rng.sample(subject.topics, 2))
        text = rng.choice(
            (
                f"Explain the key ideas of {topic} in your own words, with two examples.",
                f"Compare {topic} and {other}. Where do they meet, and where do they differ?",
                f"Why does studying {topic} matter in {subject.name.lower()}? Give reasons.",
            )
        )
        q = Question(
            T.ESSAY,
            text,
            grader_info="Credit a clear structure, correct terms and relevant examples.",
            points=rng.choice((5, 10)),
            difficulty=Difficulty.HARD if rng.random() < 0.5 else diff,
        )
        essay = [essay_answer(rng, subject, topic, n) for n in (5, 3, 1)]
        return DemoQuestion(q, essay[0], (essay[1],), (essay[2],))
    rels = subject.relations
    if qtype is T.NUMERICAL or (qtype in (T.MULTIPLE_CHOICE, T.TRUE_FALSE) and rng.random() < 0.3):
        return _numeric(rng, subject, qtype, diff, used)
    if qtype is T.MULTIPLE_RESPONSE:
        return _multiple_response(rng, [r for r in rels if r.pick], diff)
    if qtype is T.MATCHING:
        return _matching(rng, rng.choice([r for r in rels if len({v for _, v, _ in r.rows}) >= 4]), diff)
    rel = rng.choice([r for r in rels if not r.numeric])
    k, v, _ = _row(rng, rel, used)
    state = _cap(rel.state.format(k=k, v=_main(v)))
    others = sorted({_main(w) for _, w, _ in rel.rows if w != v})
    if qtype is T.SHORT_ANSWER:
        q = Question(
            T.SHORT_ANSWER,
            _cap(rel.ask.format(k=k)),
            answers=_accepted(v),
            case_sensitive=rel.case_sensitive,
            explanation=state,
            difficulty=diff,
        )
        right = _main(v) if rel.case_sensitive else rng.choice((_main(v), _main(v).lower(), f" {_main(v)} "))
        return DemoQuestion(q, right, (), (rng.choice(others),))
    if qtype is T.TRUE_FALSE:
        truth = rng.random() < 0.5
        q = Question(
            T.TRUE_FALSE,
            _cap(rel.state.format(k=k, v=_main(v) if truth else rng.choice(others))),
            correct=truth,
            explanation=state,
            difficulty=diff,
        )
        return DemoQuestion(q, truth, (), (not truth,))
    options = [_main(v), *rng.sample(others, min(3, len(others)))]
    rng.shuffle(options)
    choices = tuple(Choice(o, 1.0 if o == _main(v) else 0.0) for o in options)
    return _mc(
        Question(
            T.MULTIPLE_CHOICE, _cap(rel.ask.format(k=k)), choices=choices, explanation=state, difficulty=diff
        )
    )


def _mc(q: Question) -> DemoQuestion:
    right = next(i for i, c in enumerate(q.choices) if c.fraction >= 1.0)
    return DemoQuestion(q, right, (), tuple(i for i in range(len(q.choices)) if i != right))


def _numeric(
    rng: random.Random, subject: Subject, qtype: QuestionType, diff: Difficulty, used: set[str]
) -> DemoQuestion:
    nums = [r for r in subject.relations if r.numeric]
    if subject.formulas and (not nums or rng.random() < 0.7):
        fact = draw(rng, rng.choice(subject.formulas))
        wrong = _near(rng, fact.value, 3)
    else:
        rel = rng.choice(nums)
        if rel.first and qtype is T.MULTIPLE_CHOICE and rng.random() < 0.4:
            picked = rng.sample(rel.rows, 4)
            k0, v0, _ = min(picked, key=lambda row: float(row[1]))
            choices = tuple(
                Choice(_cap(k), 1.0 if k == k0 else 0.0, f"{_cap(k)}: {v}.") for k, v, _ in picked
            )
            why = _cap(rel.state.format(k=k0, v=v0))
            return _mc(
                Question(T.MULTIPLE_CHOICE, rel.first, choices=choices, explanation=why, difficulty=diff)
            )
        k, v, _ = _row(rng, rel, used)
        fact = Fact(
            _cap(rel.ask.format(k=k)),
            float(v),
            0.0,
            _cap(rel.state.format(k=k, v=v)),
            _cap(rel.state.replace("{k}", k)),
        )
        wrong = rng.sample(sorted({float(w) for _, w, _ in rel.rows} - {fact.value}), 2)
        wrong += _near(rng, fact.value, 1)
    if qtype is T.NUMERICAL:
        q = Question(
            T.NUMERICAL,
            fact.text,
            numeric_answers=(NumericAnswer(fact.value, fact.tolerance),),
            explanation=fact.why,
            difficulty=diff,
        )
        return DemoQuestion(q, _num(fact.value), (), (_num(wrong[0]), _num(wrong[1])))
    if qtype is T.TRUE_FALSE:
        truth = rng.random() < 0.5
        text = fact.claim.format(v=_num(fact.value if truth else wrong[0]))
        q = Question(
            T.TRUE_FALSE,
            text,
            correct=truth,
            explanation=f"{fact.why} ({_num(fact.value)}).",
            difficulty=diff,
        )
        return DemoQuestion(q, truth, (), (not truth,))
    options = [fact.value, *wrong]
    rng.shuffle(options)
    choices = tuple(Choice(_num(o), 1.0 if o == fact.value else 0.0) for o in options)
    return _mc(Question(T.MULTIPLE_CHOICE, fact.text, choices=choices, explanation=fact.why, difficulty=diff))


def _multiple_response(rng: random.Random, rels: list[Relation], diff: Difficulty) -> DemoQuestion:
    if not rels:  # a subject without groups: primes are always at hand
        text = "Which of these numbers are prime?"
        members = [str(n) for n in range(5, 50) if all(n % d for d in range(2, n))]
        others = [str(n) for n in range(9, 50, 2) if str(n) not in members]
    else:
        rel = rng.choice(rels)
        sizes = {g: sum(1 for *_, h in rel.rows if h == g) for *_, g in rel.rows if g}
        g = rng.choice(sorted(h for h, n in sizes.items() if n >= 2))
        text = rel.pick.format(g=g)
        shown = [(_main(v) if rel.pick_values else _cap(k), h == g) for k, v, h in rel.rows]
        members = sorted({s for s, inside in shown if inside})
        others = sorted({s for s, inside in shown if not inside} - set(members))
    right = rng.sample(members, min(len(members), rng.choice((2, 3))))
    options = right + rng.sample(others, min(len(others), 5 - len(right)))
    rng.shuffle(options)
    n = len(right)
    choices = tuple(
        Choice(o, 1.0 / n) if o in right else Choice(o, -1.0 / n, "Not this one.") for o in options
    )
    q = Question(
        T.MULTIPLE_RESPONSE,
        text,
        choices=choices,
        points=2,
        difficulty=diff,
        explanation=f"The right answers are {', '.join(sorted(right))}.",
    )
    full = [i for i, o in enumerate(options) if o in right]
    miss = [i for i, o in enumerate(options) if o not in right]
    return DemoQuestion(
        q, frozenset(full), (frozenset(full[:-1]), frozenset([*full, miss[0]])), (frozenset(miss[:2]),)
    )


def _matching(rng: random.Random, rel: Relation, diff: Difficulty) -> DemoQuestion:
    rows = list({_main(v): (k, _main(v)) for k, v, _ in rel.rows}.values())
    picked = rng.sample(rows, min(len(rows), rng.choice((3, 4, 5))))
    spare = [v for _, v in rows if all(v != pv for _, pv in picked)]
    distractors = (rng.choice(spare),) if spare and rng.random() < 0.5 else ()
    pairs = tuple(MatchPair(_cap(k), v) for k, v in picked)
    q = Question(
        T.MATCHING,
        rel.match,
        pairs=pairs,
        distractors=distractors,
        points=len(pairs) // 2 + 1,
        difficulty=diff,
    )
    answers = [p.answer for p in pairs]
    swapped = [answers[1], answers[0], *answers[2:]]
    return DemoQuestion(
        q,
        dict(enumerate(answers)),
        (dict(enumerate(swapped)),),
        (dict(enumerate(answers[1:] + answers[:1])),),
    )


def essay_answer(rng: random.Random, subject: Subject, topic: str, sentences: int) -> str:
    """A student's essay of `sentences` sentences from templates (more makes a better answer)."""
    s = subject.name.lower()
    pool = [
        f"I would start with {topic}, one of the central ideas in {s}.",
        f"A good example of {topic} is one we studied in class this term.",
        f"First, ideas from {topic} help us explain what we observe; second, they let us make predictions.",
        "However, these ideas have limits, and some cases do not fit the usual pattern.",
        f"In my view, it helps to link {topic} to other parts of {s}.",
        f"To conclude, studying {topic} matters because it connects many of the topics in this course.",
    ]
    return " ".join(pool[:1] + rng.sample(pool[1:], max(0, min(sentences, len(pool)) - 1)))


__all__ = [
    "FIRST_NAMES",
    "LAST_NAMES",
    "SCHOOLS",
    "SUBJECTS",
    "DemoQuestion",
    "Fact",
    "Relation",
    "Subject",
    "ascii_slug",
    "essay_answer",
    "exam_questions",
    "exam_title",
    "make_question",
    "type_plan",
]
