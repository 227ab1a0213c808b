#!/usr/bin/env python3
"""Build part B of the newsevents demo corpus (Asia-Pacific focus).

The articles below were written for testing the newsevents tool. They are
original text in the voice of fictional outlets; facts about real office
holders and events are period-correct, but quotes are illustrative.

Writes part_b.jsonl next to this script, then re-reads and validates it.
"""

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent / "part_b.jsonl"

OUTLETS = {
    "meridian": ("Meridian Wire", "www.meridianwire.example"),
    "ledger": ("The Atlantic Ledger", "www.atlanticledger.example"),
    "tehran": ("Tehran Dispatch", "www.tehrandispatch.example"),
    "levant": ("Levant Voice", "www.levantvoice.example"),
    "sentinel": ("Liberty Sentinel", "www.libertysentinel.example"),
    "pacific": ("Pacific Herald", "www.pacificherald.example"),
    "continental": ("Continental Review", "www.continentalreview.example"),
}


def paras(block):
    """Turn a triple-quoted block (paragraphs separated by blank lines) into a list."""
    out = []
    for p in re.split(r"\n\s*\n", block.strip()):
        out.append(" ".join(line.strip() for line in p.strip().splitlines()))
    return out


def record(slug_outlet, published, short, title, story, body, **extra):
    outlet, domain = OUTLETS[slug_outlet]
    yyyy, mm, dd = published.split("-")
    rec = {
        "id": f"{slug_outlet}-{yyyy}{mm}{dd}-{short}",
        "url": f"https://{domain}/{yyyy}/{mm}/{dd}/{short}",
        "outlet": outlet,
        "title": title,
        "published": published,
        "story": story,
    }
    rec.update(extra)
    rec["text"] = "\n\n".join(body if isinstance(body, list) else paras(body))
    return rec


records = []

# ---------------------------------------------------------------------------
# Story S3 — North Korean IRBM over Japan, 4 October 2022
# ---------------------------------------------------------------------------

S3_MERIDIAN = paras("""
TOKYO (Meridian Wire) — North Korea fired an intermediate-range ballistic
missile over northern Japan on Tuesday, the Japanese government said,
triggering evacuation warnings in Hokkaido and Aomori and drawing condemnation
from Tokyo, Seoul and Washington.

The missile was launched from Jagang Province at about 7:23 a.m. local time and
flew roughly 4,500 kilometres before falling into the Pacific Ocean outside
Japan's exclusive economic zone, according to South Korea's Joint Chiefs of
Staff. It was the first North Korean missile to pass over Japan since 2017,
officials said.

Japan's J-Alert system urged residents to take shelter, and some train
services in Hokkaido were briefly suspended, according to local authorities.
No damage or injuries were reported.

"This is a reckless act, and we strongly condemn it," Prime Minister Fumio
Kishida told reporters in Tokyo. Chief Cabinet Secretary Hirokazu Matsuno said
Japan had lodged a protest with Pyongyang through its embassy in Beijing.

South Korean President Yoon Suk Yeol said the launch would be met with a
"resolute response" from Seoul, its allies and the international community.
Hours later, South Korean and U.S. fighter jets held a combined air drill over
the Yellow Sea, in which a South Korean F-15K dropped precision-guided bombs on
a target on Jikdo island, the Joint Chiefs said.

In Washington, National Security Council spokesperson Adrienne Watson called
the launch "dangerous and reckless" and said the United States would keep
consulting its allies. Secretary of State Antony Blinken spoke with his
Japanese and South Korean counterparts, the State Department said.

The U.N. Security Council will meet on Wednesday to discuss the launch,
diplomats said. North Korea's state media had not commented by Tuesday
evening.

Pyongyang has fired a series of short-range missiles over the past two weeks,
including launches around a visit to Seoul last week by U.S. Vice President
Kamala Harris. South Korean officials have warned that the North may also be
preparing its first nuclear test since 2017.
""")

records.append(record(
    "meridian", "2022-10-04", "nk-missile-over-japan",
    "North Korea fires missile over Japan, prompting evacuation alerts",
    "S3", S3_MERIDIAN,
))
MERIDIAN_S3_ID = records[-1]["id"]

# Pacific Herald wire copy: same dateline, new headline, last paragraph
# trimmed, one sentence reworded.
S3_WIRE_COPY = list(S3_MERIDIAN[:-1])
S3_WIRE_COPY[2] = S3_WIRE_COPY[2].replace(
    "No damage or injuries were reported.",
    "There were no immediate reports of damage or injuries.",
)
assert S3_WIRE_COPY[2] != S3_MERIDIAN[2]

records.append(record(
    "pacific", "2022-10-04", "nk-missile-japan-wire",
    "North Korean missile flies over Japan for first time in five years",
    "S3", S3_WIRE_COPY, wire_copy_of=MERIDIAN_S3_ID,
))

records.append(record(
    "pacific", "2022-10-05", "north-korea-missile-region",
    "North Korean missile over Japan jolts region as allies stage show of force",
    "S3", """
North Korea’s launch of an intermediate-range ballistic missile over Japan on
Tuesday (Oct 4) sent residents in the country’s north scrambling for shelter
and prompted Seoul, Tokyo and Washington to answer with drills of their own,
deepening tensions in North-east Asia.

The missile, fired from Jagang province near the Chinese border shortly after
7.20am, crossed over Aomori prefecture before splashing down in the Pacific
Ocean some 3,200km east of Japan, according to Japanese officials. It flew
about 4,500km at a maximum altitude of roughly 1,000km – believed to be the
longest distance covered by any North Korean test missile.

Japan’s J-Alert system issued evacuation warnings to residents of Hokkaido and
Aomori, and some train services were halted for a time. It was the first time
since 2017 that a North Korean missile had crossed Japanese territory. There
were no reports of damage.

Prime Minister Kishida Fumio described the launch as “reckless” and said Tokyo
would not tolerate repeated provocations. “We will respond firmly,” he told
reporters at his official residence, “in close cooperation with the United
States and South Korea.” Defence Minister Hamada Yasukazu said the missile may
have been a Hwasong-12.

Within hours, South Korean and US fighter jets staged a combined air drill
over the Yellow Sea, and Japanese and American aircraft flew a separate
exercise over the Sea of Japan. A South Korean Hyunmoo-2 missile malfunctioned
during a retaliatory launch late on Tuesday and crashed inside a base in
Gangneung; the military said no one was hurt. Early on Wednesday, the allies
fired four surface-to-surface missiles into waters off South Korea’s east
coast, Seoul’s Joint Chiefs of Staff said.

President Yoon Suk Yeol warned that Pyongyang’s provocations would meet “a
decisive response” from the allies and the wider international community.

The UN Security Council is scheduled to meet in New York on Wednesday to
discuss the launch, though diplomats expect China and Russia to resist any new
sanctions. The two permanent members vetoed a US-drafted resolution in May.

Pyongyang’s state media had not commented on the launch as of Wednesday
morning. Analysts in Seoul said the test may have been meant to show that the
North could strike Guam, home to major US military bases, which lies about
3,400km from the Korean peninsula.
"""))

records.append(record(
    "sentinel", "2022-10-05", "rogue-state-missile-japan",
    "Rogue State Fires Missile Over Japan — and America's Allies Fire Back",
    "S3", """
North Korea's rogue regime sent a ballistic missile streaking over Japan on
Tuesday, forcing residents of Hokkaido and Aomori to run for cover and
reminding the free world exactly what Kim Jong Un's so-called "self-defense"
program is really for.

The intermediate-range missile, likely a Hwasong-12 according to Japan's
defense minister, flew roughly 2,800 miles before plunging into the Pacific.
It was the first time since 2017 that Pyongyang had dared to fire a missile
over Japanese territory. Sirens and phone alerts from Japan's J-Alert system
woke up communities across the north of the country as the missile passed
overhead.

Prime Minister Fumio Kishida called the launch "reckless" and vowed that Tokyo
would respond. President Biden spoke with Kishida by phone on Tuesday, and the
two leaders condemned the launch as a danger to the Japanese people, according
to the White House.

The answer from America's ironclad alliance with South Korea came fast. Hours
after the launch, U.S. F-16s and South Korean F-15Ks carried out a combined
strike drill over the Yellow Sea, with a South Korean jet putting
precision-guided bombs on an island target. Overnight, the allies fired four
ATACMS missiles into the sea off the Korean Peninsula's east coast.

"Our commitment to the defense of Japan and the Republic of Korea remains
ironclad," Pentagon press secretary Brig. Gen. Pat Ryder said, adding that the
department was "closely monitoring" the situation.

Secretary of State Antony Blinken spoke with his counterparts in Tokyo and
Seoul on Tuesday, the State Department said.

The United Nations Security Council will meet on Wednesday. But China and
Russia, which vetoed tougher sanctions on the Kim regime in May, are expected
to shield Pyongyang once again. U.S. Ambassador to the U.N. Linda
Thomas-Greenfield has repeatedly urged the council to hold the regime
accountable.

The North's propaganda outlets insist its weapons are purely defensive, a
claim few in Washington take seriously. U.S. and South Korean officials have
warned that the regime may be preparing a seventh nuclear test. If Pyongyang
goes ahead, pressure on Beijing to rein in its client would only grow — and
so, analysts say, would the case for a stronger U.S. military presence in the
region.
"""))

# ---------------------------------------------------------------------------
# Story S4 — PLA live-fire drills around Taiwan, 4-7 August 2022
# ---------------------------------------------------------------------------

records.append(record(
    "pacific", "2022-08-04", "pla-drills-taiwan",
    "PLA launches live-fire drills around Taiwan; missiles land in Japan’s EEZ",
    "S4", """
China’s People’s Liberation Army began its largest military exercises around
Taiwan on Thursday (Aug 4), firing ballistic missiles into waters off the
island a day after US House Speaker Nancy Pelosi ended a visit to Taipei that
Beijing had repeatedly warned against.

The PLA’s Eastern Theatre Command said it had carried out long-range live-fire
shooting into the eastern part of the Taiwan Strait and achieved “precision
strikes” on designated areas. The drills, held in six zones encircling the
island, began at noon and are scheduled to run until noon on Sunday, according
to state news agency Xinhua.

Taiwan’s Ministry of National Defence said the PLA fired 11 Dongfeng-series
ballistic missiles into waters to the north-east, south and south-west of the
island from about 1.56pm. It condemned the drills as “irrational” actions that
threaten regional peace and said some of the zones intruded into Taiwan’s
territorial waters. The military said it was monitoring the situation closely
but did not seek escalation.

In Tokyo, Defence Minister Kishi Nobuo said five of the missiles had landed
inside Japan’s exclusive economic zone, the first time Chinese missiles had
done so. He called it a serious matter for Japan’s security and said Tokyo had
lodged a protest with Beijing through diplomatic channels.

Chinese Foreign Minister Wang Yi, who is in Phnom Penh for meetings of ASEAN
foreign ministers, has called Ms Pelosi’s trip a serious violation of China’s
sovereignty and said Washington must bear full responsibility for the
consequences. ASEAN ministers on Wednesday warned in a joint statement that
the volatile situation could lead to miscalculation and serious
confrontation.

Beijing had already suspended imports of citrus fruit and some fish from
Taiwan and halted exports of natural sand to the island earlier this week.
Airlines and shipping companies were rerouting around the exercise zones on
Thursday, Taiwan’s transport authorities said.

Ms Pelosi, who met President Tsai Ing-wen in Taipei on Wednesday, was in Seoul
on Thursday, where she held talks with National Assembly Speaker Kim Jin-pyo.
She is due in Japan next, the final stop of her Asian tour.

Analysts in Singapore said the scale of the drills, which for the first time
encircled the island, appeared designed to rehearse a blockade and to signal
that Beijing could tighten the pressure if Taipei and Washington deepened
their ties further.
"""))

records.append(record(
    "ledger", "2022-08-05", "china-sanctions-pelosi",
    "China Sanctions Pelosi and Freezes Climate and Military Talks as Drills Encircle Taiwan",
    "S4", """
WASHINGTON — China on Friday announced sanctions against Speaker Nancy Pelosi
and suspended cooperation with the United States on climate change and a range
of military dialogues, sharply escalating its response to her visit to Taiwan
this week as its forces pressed on with what appear to be the most extensive
drills around the island in decades.

The Chinese Foreign Ministry said the sanctions, which also cover Ms. Pelosi's
immediate family, were a response to what it called her "egregious
provocation." Hours later, Beijing said it was canceling a planned call between
theater commanders, defense policy coordination talks and meetings under a
maritime military safety agreement, and suspending cooperation on climate
change, counternarcotics and the return of illegal migrants.

The move on climate appears to be the most consequential. John Kerry, the
president's climate envoy, had spent much of the past year cultivating his
Chinese counterpart, Xie Zhenhua, ahead of the next round of United Nations
climate talks in November.

In Phnom Penh, where he was attending a regional meeting, Secretary of State
Antony J. Blinken told reporters that Beijing had "chosen to overreact," and
described its missile launches as ‘a significant escalation’ that served no
purpose. Chinese Foreign Minister Wang Yi, also in the Cambodian capital,
reportedly accused Washington of violating China's sovereignty and warned it
not to create "a bigger crisis."

Taiwan's defense ministry said the People's Liberation Army had fired 11
Dongfeng ballistic missiles on Thursday, and Japan said five of them landed in
its exclusive economic zone. Taiwan condemned the drills as a threat to
regional peace.

A senior administration official said the White House summoned China's
ambassador, Qin Gang, on Thursday to protest the exercises. John F. Kirby, a
National Security Council spokesman, said the Pentagon had postponed a
long-planned test of a Minuteman III intercontinental ballistic missile to
avoid any misunderstanding, and that the aircraft carrier Ronald Reagan would
remain in the area to monitor the situation.

Administration officials have said the Navy will sail through the Taiwan
Strait in the coming weeks, as it routinely does. But officials are reportedly
weighing the timing carefully; one said privately that if a transit were seen
in Beijing as a fresh challenge, it "could hand the hard-liners exactly what
they want."

Ms. Pelosi, who left Seoul on Thursday, was in Tokyo on Friday, where she met
Prime Minister Fumio Kishida. She has defended the trip as a show of support
for a democracy under pressure.
"""))

records.append(record(
    "continental", "2022-08-05", "taiwan-drills-europe",
    "Europe urges restraint as Beijing’s Taiwan drills enter second day",
    "S4", """
BRUSSELS — European governments on Friday urged China to de-escalate as the
People’s Liberation Army pressed ahead with a second day of live-fire drills in
six zones around Taiwan, an exercise launched on Thursday in retaliation for
the visit to Taipei by Nancy Pelosi, the speaker of the US House of
Representatives.

Josep Borrell, the EU’s foreign policy chief, said there was no justification
for using a visit as a pretext for aggressive military activity, and that
differences across the Taiwan Strait must be settled «peacefully and through
dialogue». His remarks echoed a statement issued on Wednesday by foreign
ministers of the Group of Seven.

Beijing reacted sharply. Vice-Foreign Minister Deng Li reportedly summoned
diplomats from G7 countries and the head of the EU delegation on Thursday
evening, and Foreign Minister Wang Yi cancelled a planned meeting in Phnom Penh
with his Japanese counterpart, Hayashi Yoshimasa. Japan said five Chinese
missiles fired on Thursday had fallen inside its exclusive economic zone — a
development Tokyo called a threat to its national security.

On Friday, China announced sanctions on Ms Pelosi and her immediate family and
suspended several channels with Washington, including talks between military
theatre commanders and bilateral cooperation on climate change. «China will
never allow anyone to trample on its sovereignty», a foreign ministry
statement said.

Taiwan’s defence ministry, which has condemned the drills, said Chinese
aircraft and warships had crossed the median line of the strait on Friday. It
described the manoeuvres as a simulated attack on the island and its
shipping.

Few in Brussels defend the timing of Ms Pelosi’s trip, which some European
officials privately considered unhelpful. But Beijing’s answer — missiles over
a busy waterway and the abrupt freezing of climate cooperation barely three
months before the COP27 summit in Sharm el-Sheikh — is an irresponsible
escalation that harms China’s own interests as much as anyone’s.

The stakes for Europe are concrete: much of its trade with Asia passes through
the waters now closed to shipping, and Taiwan produces most of the world’s
advanced semiconductors. EU foreign ministers are expected to discuss the
situation at their informal meeting in Prague at the end of the month, and
several capitals are considering how to translate the bloc’s Indo-Pacific
strategy into something more than words.
"""))

records.append(record(
    "tehran", "2022-08-06", "china-taiwan-us-provocation",
    "China answers US provocation over Taiwan with drills, sanctions on Pelosi",
    "S4", """
China has responded firmly to the US regime’s provocation over Taiwan,
continuing large-scale military exercises around the island on Saturday and
announcing sanctions against Nancy Pelosi, the speaker of the US House of
Representatives, whose visit to Taipei this week Beijing described as a grave
violation of its sovereignty.

The Eastern Theatre Command of the People’s Liberation Army said on Saturday
that its forces had practised strikes on land and sea targets in the waters
and airspace around the island. The drills, which began on Thursday in six
zones, are scheduled to end on Sunday.

On Friday, the Chinese Foreign Ministry announced sanctions on Pelosi and her
immediate family, and Beijing suspended a series of talks with Washington,
including dialogue on climate change and contacts between military commanders.
Spokeswoman Hua Chunying said the measures were a “necessary and legitimate”
response to a reckless act, and that the United States alone bore
responsibility for the tension.

Chinese Foreign Minister Wang Yi, speaking in Phnom Penh on the sidelines of
ASEAN meetings, said Washington had violated its commitments under the one
China principle and warned it not to “act rashly” or create a bigger crisis.

US Secretary of State Antony Blinken claimed in Phnom Penh that China’s
response was “escalatory”, a baseless accusation from a government that
dispatched the speaker in defiance of repeated warnings, and then sent an
aircraft carrier to the region. Western media have also echoed Japanese
complaints that several Chinese missiles landed in waters Tokyo claims as its
exclusive economic zone.

The Islamic Republic has voiced support for Beijing. Foreign Ministry
spokesman Nasser Kanaani said this week that Iran respects China’s
sovereignty and territorial integrity and supports the one China policy.
«Washington’s interference in the internal affairs of independent countries
is a threat to international peace and stability», he said.

Analysts in Tehran say the crisis has once again exposed the US habit of
stoking tension far from its own borders. If Washington continues its
provocative course, they say, it would only accelerate the emergence of a
multipolar world in which countries such as China, Russia and Iran cooperate
more closely against unilateralism.

Taiwan’s authorities, meanwhile, condemned the exercises, claiming that they
threatened the island. Beijing says the drills are a legitimate and lawful
measure to defend national unity.
"""))

# ---------------------------------------------------------------------------
# Single-outlet articles (story null)
# ---------------------------------------------------------------------------

records.append(record(
    "pacific", "2023-08-07", "second-thomas-shoal",
    "Manila protests after China Coast Guard fires water cannon at Philippine resupply boat",
    None, """
The Philippines has lodged a diplomatic protest with Beijing after a China
Coast Guard vessel fired a water cannon at a Philippine boat carrying supplies
to troops stationed at Second Thomas Shoal in the South China Sea on Saturday
(Aug 5).

The Philippine Coast Guard said a group of Chinese coast guard ships and
maritime militia vessels blocked two chartered boats escorted by Philippine
coast guard vessels, and that one of the supply boats was unable to complete
its mission after it was hit. “The actions of the China Coast Guard were
excessive, dangerous and put the lives of our crew at risk,” said Commodore
Jay Tarriela, the coast guard’s spokesman for the West Philippine Sea.

The shoal, known in the Philippines as Ayungin Shoal and in China as Ren’ai
Jiao, lies about 195km from the island of Palawan. A small contingent of
Filipino marines lives aboard the BRP Sierra Madre, a World War II-era navy
ship deliberately grounded there in 1999 to assert Manila’s claim.

Armed Forces of the Philippines chief Romeo Brawner Jr said the military would
not be intimidated and that resupply missions would continue. Officials said
another attempt would be made in the coming weeks.

The China Coast Guard said the Philippine boats had entered Chinese waters
without permission and were carrying construction materials to reinforce the
grounded ship. Spokesman Gan Yu said its personnel had taken “necessary
controls” in accordance with the law, and Beijing has again urged Manila to
tow the vessel away – a demand the Philippines has repeatedly rejected.

In Washington, State Department spokesman Matthew Miller said the United States
stood with its ally. He said an armed attack on Philippine public vessels,
aircraft or armed forces, including its coast guard, anywhere in the South
China Sea would invoke US defence commitments under the 1951 Mutual Defence
Treaty. Japan and Australia also expressed concern over the incident.

President Ferdinand Marcos Jr has sought closer security ties with Washington
and Tokyo since taking office last year, while keeping channels open to
Beijing. An international arbitral tribunal in 2016 ruled that China’s
sweeping claims in the South China Sea had no legal basis, a decision Beijing
does not recognise.
"""))

records.append(record(
    "meridian", "2023-03-13", "freedom-shield",
    "U.S., South Korea begin largest joint drills in years; North warns of response",
    None, """
SEOUL (Meridian Wire) — South Korean and U.S. forces on Monday began their
largest combined military exercise in five years, the allies said, a day after
North Korea said it had fired strategic cruise missiles from a submarine in
protest at the drills.

The exercise, called Freedom Shield 23, will run for 11 days until March 23
and includes computer-simulated command training as well as large-scale field
exercises such as amphibious landings, according to South Korea's Joint Chiefs
of Staff. Officials said the drills would focus on countering North Korea's
growing nuclear and missile threat.

"The exercise is designed to strengthen the alliance's ability to respond to
any provocation," said Colonel Lee Sung-jun, a spokesman for the Joint Chiefs
of Staff.

North Korea's official Korean Central News Agency said on Monday that two
strategic cruise missiles were launched from a submarine off the country's
east coast on Sunday. State media warned that the allies' drills would be met
with an "overwhelming" response and accused Washington and Seoul of rehearsing
an invasion.

Seoul and Washington deny having any intention to attack the North and say
the exercises are defensive. U.S. Forces Korea said the drills demonstrated
the allies' "ironclad commitment" to the defence of South Korea.

Defence Minister Lee Jong-sup said last week that the military was closely
monitoring the North and was prepared to respond to any further launches.
North Korean leader Kim Jong Un oversaw an artillery firing drill on Thursday,
according to state media, and ordered his troops to be ready for war.

The North fired an intercontinental ballistic missile in February and has
conducted an unprecedented number of missile tests over the past year.
Analysts said Pyongyang may carry out further launches, or even a nuclear
test, while the drills are under way.

South Korean President Yoon Suk Yeol will travel to Tokyo on Thursday for a
summit with Japanese Prime Minister Fumio Kishida, the first such visit by a
South Korean leader in 12 years, his office said.
"""))

records.append(record(
    "ledger", "2021-09-18", "aukus-france-recall",
    "France Recalls Ambassadors as Submarine Pact Opens a Rift Among Allies",
    None, """
France on Friday recalled its ambassadors to the United States and Australia,
an extraordinary step against two close allies that underscored the depth of
French anger over a new security pact that cost Paris a multibillion-dollar
submarine contract.

Foreign Minister Jean-Yves Le Drian said in a statement that the decision,
taken at the request of President Emmanuel Macron, reflected the exceptional
seriousness of the announcements made by Canberra and Washington on Wednesday.
It is believed to be the first time France has recalled its ambassador to the
United States, Philippe Étienne. Its envoy in Canberra, Jean-Pierre Thébault,
was also called home.

The pact, known as AUKUS, was unveiled by President Biden, Prime Minister
Scott Morrison of Australia and Prime Minister Boris Johnson of Britain in a
joint virtual appearance. Under it, the United States and Britain will help
Australia acquire at least eight nuclear-powered submarines, a technology
Washington has previously shared only with London. The three governments will
spend the next 18 months working out how the boats will be built, most likely
in Adelaide.

In the process, Australia scrapped a 2016 deal with the French shipbuilder
Naval Group for 12 conventional submarines, a program now estimated at about
90 billion Australian dollars.

“It is really a stab in the back,” Mr. Le Drian told French radio on Thursday,
adding that the trust France had built with Australia had been betrayed.

A senior administration official said the White House regretted the French
decision and would keep working to resolve the differences “in the coming
days.” The State Department spokesman, Ned Price, called France ‘a vital
ally’ and said the relationship would endure. Mr. Morrison said on Friday that
he understood France’s disappointment but that Australia had to act in its own
national interest.

Notably, Paris did not recall its ambassador in London. French officials
reportedly suggested that Britain had merely tagged along, a jab that appears
calculated as much for domestic audiences as for diplomats.

The dispute could reach beyond defense. The European Union unveiled its own
Indo-Pacific strategy on Thursday, only to see it overshadowed, and some
European officials have hinted that if Paris presses its case, talks on an
EU-Australia trade agreement would become harder.

China, which the pact is widely seen as aimed at, condemned it. Foreign
Ministry spokesman Zhao Lijian called it “extremely irresponsible.”
"""))

records.append(record(
    "pacific", "2021-02-02", "myanmar-coup",
    "Myanmar military seizes power, detains Aung San Suu Kyi",
    None, """
Myanmar’s military seized power in a pre-dawn coup on Monday (Feb 1),
detaining State Counsellor Aung San Suu Kyi, President Win Myint and other
senior leaders of the ruling National League for Democracy (NLD), hours before
the newly elected Parliament was due to convene in Naypyitaw.

In an announcement on the military-owned Myawaddy TV, the armed forces
declared a one-year state of emergency and said power had been handed to the
Commander-in-Chief, Senior General Min Aung Hlaing. Vice-President Myint Swe, a
former general, was named acting president.

The military, known as the Tatmadaw, justified the takeover by citing alleged
fraud in the November general election, which the NLD won in a landslide. The
Union Election Commission had rejected the fraud claims last week. The
military has promised to hold a fresh election once the emergency ends and to
hand power to the winner.

Telephone and internet services were disrupted in Yangon and the capital on
Monday, banks temporarily suspended services and soldiers took up positions
outside city hall in Yangon. Residents queued at cash machines and markets.

A statement posted on the NLD’s Facebook page, attributed to Ms Suu Kyi, urged
people ‘not to accept this’ and to protest against the coup. It could not be
independently verified.

Brunei, which chairs ASEAN this year, said in a statement that members
encouraged dialogue among all parties, reconciliation and a return to
normalcy. Singapore’s Ministry of Foreign Affairs expressed grave concern and
said it hoped all parties would exercise restraint. Thailand’s Deputy Prime
Minister Prawit Wongsuwon described the situation as Myanmar’s ‘internal
affair’.

UN Secretary-General António Guterres strongly condemned the detentions, while
US President Joe Biden warned that Washington would consider reimposing
sanctions. The UN Security Council is due to discuss Myanmar behind closed
doors on Tuesday.

China’s foreign ministry spokesman Wang Wenbin said Beijing hoped all sides
would ‘properly handle their differences’ under the constitutional and legal
framework to maintain political and social stability.

Ms Suu Kyi, 75, spent about 15 years under house arrest during an earlier
period of military rule before the generals began a partial transition to
civilian government a decade ago.
"""))

records.append(record(
    "meridian", "2023-05-10", "imran-khan-arrest",
    "Pakistan deploys army after Imran Khan's arrest sparks violent protests",
    None, """
ISLAMABAD (Meridian Wire) — Pakistan's government ordered the army onto the
streets of two provinces and the capital on Wednesday after the arrest of
former Prime Minister Imran Khan set off violent protests, with his supporters
storming a senior military commander's residence in Lahore and breaching the
gates of army headquarters in Rawalpindi, officials said.

Khan was detained on Tuesday by paramilitary Rangers at the Islamabad High
Court, where he had appeared for a hearing in a separate case. The National
Accountability Bureau said he was arrested in a corruption case involving the
Al-Qadir Trust. Khan denies any wrongdoing.

On Wednesday, an accountability court allowed the bureau to hold Khan for
eight days of questioning, according to his lawyers.

Police fired tear gas and used water cannon to disperse crowds in Lahore,
Rawalpindi, Karachi and Peshawar, according to witnesses and police.
Officials reported several deaths in clashes across the country. Mobile
internet services were suspended nationwide on the orders of the Interior
Ministry, according to the Pakistan Telecommunication Authority.

Interior Minister Rana Sanaullah said Khan had been arrested because he
repeatedly ignored notices from the bureau. "No one is above the law," he told
reporters.

The military's media wing, Inter-Services Public Relations, said the attacks
on army installations marked a "black chapter" and warned that any further
assault on military or state property would draw a strong response.

Khan's Pakistan Tehreek-e-Insaf (PTI) party called the arrest an abduction and
said the case was politically motivated. Senior PTI leader Fawad Chaudhry was
detained outside the Supreme Court in Islamabad on Wednesday, the party said.

Khan, 70, was ousted in a parliamentary no-confidence vote in April last year.
He has accused the military of orchestrating his removal, which the army
denies.

In Washington, Secretary of State Antony Blinken said the United States wanted
to make sure that whatever happens in Pakistan is consistent with the rule of
law. Prime Minister Shehbaz Sharif's government is due to hold general
elections later this year.
"""))

records.append(record(
    "pacific", "2024-06-20", "russia-north-korea-treaty",
    "Putin and Kim sign mutual defence pact in Pyongyang, alarming Seoul and Tokyo",
    None, """
Russian President Vladimir Putin and North Korean leader Kim Jong Un have
signed a treaty pledging mutual military assistance if either country is
attacked, the most significant strengthening of ties between Moscow and
Pyongyang since the end of the Cold War.

The Comprehensive Strategic Partnership Treaty was signed on Wednesday (June
19) during Mr Putin’s first visit to Pyongyang in 24 years. According to the
text published by the official Korean Central News Agency on Thursday, if one
side comes under armed attack and finds itself in a state of war, the other
will provide military and other assistance “without delay” with all the means
at its disposal.

Mr Kim described the two countries’ relationship as an “alliance” and pledged
full support for Russia’s war in Ukraine. Mr Putin said the agreement was
defensive in nature but that Russia did not rule out developing
military-technical cooperation with Pyongyang.

The United States and South Korea accuse North Korea of supplying artillery
shells and ballistic missiles to Russia for use in Ukraine. Both Moscow and
Pyongyang deny the arms transfers.

In Seoul, National Security Adviser Chang Ho-jin said on Thursday that the
government would reconsider the issue of supplying weapons to Ukraine. “Any
cooperation that directly or indirectly helps strengthen North Korea’s
military capabilities is a violation of UN Security Council resolutions,” he
said. South Korea has so far provided Ukraine with humanitarian and
non-lethal aid but not arms.

Mr Putin, speaking in Hanoi on Thursday after talks with Vietnamese President
To Lam, warned that supplying weapons to Ukraine would be “a very big mistake”
on Seoul’s part.

In Tokyo, Chief Cabinet Secretary Hayashi Yoshimasa expressed grave concern
that Mr Putin had not ruled out military cooperation with the North, which he
said would directly affect the security environment around Japan.

US State Department spokesman Matthew Miller said the deepening cooperation
between Moscow and Pyongyang should be of concern to anyone interested in
peace on the Korean peninsula. Beijing, the North’s main ally, was more
reticent, with a foreign ministry spokesman describing the treaty as a
bilateral matter between two sovereign states.
"""))

records.append(record(
    "sentinel", "2023-07-13", "hwasong18-icbm",
    "Kim Regime Tests Solid-Fuel ICBM as U.S., Japan and South Korea Close Ranks",
    None, """
North Korea's rogue regime launched its new solid-fuel Hwasong-18
intercontinental ballistic missile on Wednesday, a brazen provocation that the
United States, Japan and South Korea swiftly condemned.

The missile flew for about 74 minutes — the longest flight ever recorded for a
North Korean missile — before splashing down in the sea between the Korean
Peninsula and Japan, outside Japan's exclusive economic zone, according to
Japanese officials. Pyongyang's state media claimed on Thursday that it
reached an altitude of more than 4,000 miles on a steep trajectory and that
Kim Jong Un personally oversaw the launch.

Solid-fuel missiles can be fired on short notice, making them harder to detect
and destroy before launch. If the Kim regime masters the technology, analysts
warn, American cities would face a threat that could appear with only minutes
of warning.

The launch came days after Kim's sister, Kim Yo Jong, accused U.S. spy planes
of violating the North's so-called "economic zone" and threatened to shoot
them down. U.S. officials rejected the claim, saying American flights operate
safely in international airspace.

Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol,
meeting on the sidelines of the NATO summit in Vilnius, Lithuania, condemned
the launch and agreed to keep working closely with Washington.

White House National Security Council spokeswoman Adrienne Watson said the
test violated multiple U.N. Security Council resolutions and "needlessly raises
tensions." Pentagon press secretary Brig. Gen. Pat Ryder said the United
States would "take all necessary measures" to ensure the security of the U.S.
homeland and its allies, adding that America's commitment to Japan and South
Korea remained "ironclad."

Washington is not standing still. The United States and South Korea will hold
the first meeting of their new Nuclear Consultative Group in Seoul next week,
and a U.S. ballistic missile submarine is expected to visit a South Korean port
for the first time in decades, a powerful reminder of what awaits the regime if
it ever crosses the line.

The U.N. Security Council is expected to discuss the launch, though China and
Russia have blocked every attempt to punish Pyongyang since they vetoed new
sanctions last year.
"""))

records.append(record(
    "pacific", "2022-09-09", "india-china-disengagement",
    "India, China begin troop disengagement at Gogra-Hot Springs in eastern Ladakh",
    None, """
India and China have begun pulling back troops from a friction point along
their disputed Himalayan border, the two countries said on Thursday (Sept 8),
in the latest step to ease a military stand-off that began more than two years
ago.

In matching statements, New Delhi and Beijing said troops in the Gogra-Hot
Springs area of eastern Ladakh, known as Patrolling Point 15, had started to
disengage “in a coordinated and planned way”. The move follows the 16th round
of talks between the two sides’ corps commanders, held at the Chushul-Moldo
meeting point in July.

India’s Ministry of External Affairs spokesman Arindam Bagchi said on Friday
that the process would be completed by Monday (Sept 12). “Temporary structures
in the area will be dismantled and the landforms restored to their
pre-stand-off state,” he told reporters, adding that the two sides would
verify the withdrawal jointly.

China’s Defence Ministry said the disengagement was conducive to peace and
tranquillity in the border areas. In Chinese statements the area is referred
to as Jianan Daban.

Relations between the Asian giants plunged after a clash in the Galwan Valley
in June 2020 in which 20 Indian soldiers and four Chinese soldiers were
killed. The two sides later disengaged from the banks of Pangong Lake in
February last year and from another point in the Gogra area in August, but
tens of thousands of troops remain deployed along the Line of Actual Control.

Indian officials say disputes over the Depsang Plains and Demchok are still
unresolved. External Affairs Minister S. Jaishankar has repeatedly said that
ties cannot return to normal unless peace is restored along the border.

The announcement comes a week before a summit of the Shanghai Cooperation
Organisation in Samarkand, Uzbekistan, which Prime Minister Narendra Modi and
President Xi Jinping are expected to attend. Neither side has confirmed
whether the two leaders will hold a bilateral meeting there, though analysts
said the timing suggested both were keen to lower tensions.
"""))

records.append(record(
    "ledger", "2023-06-19", "blinken-xi-beijing",
    "Blinken Meets Xi in Beijing as Both Sides Try to Steady a Fraying Relationship",
    None, """
BEIJING — Secretary of State Antony J. Blinken met President Xi Jinping in
Beijing on Monday, capping a two-day visit in which the two governments agreed
to try to stabilize their relationship but made no headway on restoring
communication between their militaries.

The meeting, which lasted about 35 minutes at the Great Hall of the People,
was the first between Mr. Xi and a U.S. secretary of state since 2018. Mr. Xi
told Mr. Blinken that the two sides had "made progress" and reached agreement
on some specific issues, according to a Chinese readout, and said that
relations between states should rest on mutual respect.

Mr. Blinken, speaking to reporters before leaving, called the talks "candid
and constructive," but acknowledged that China was not ready to reopen
military-to-military channels. "That is an issue I raised repeatedly," he
said. "We'll keep at it."

A senior State Department official said the two sides had agreed to set up a
working group on fentanyl and to consider increasing passenger flights and
student exchanges. The official, who spoke on the condition of anonymity to
discuss private conversations, said Mr. Blinken had also pressed the cases of
Americans detained in China.

On Sunday, Mr. Blinken held more than seven hours of talks with Foreign
Minister Qin Gang, who reportedly accepted an invitation to visit Washington.
On Monday morning he met Wang Yi, China's top foreign policy official, who
said Washington had to choose between "dialogue or confrontation, cooperation
or conflict."

Mr. Blinken's trip was originally planned for February but was postponed after
a Chinese surveillance balloon crossed the continental United States. Since
then, relations appear to have drifted further, with clashes over Taiwan,
export controls on advanced chips and near-misses between military aircraft
and ships.

On Taiwan, Mr. Blinken reiterated that the United States does not support
Taiwan independence and opposes unilateral changes to the status quo by
either side.

Officials in both capitals are now considering whether the visit could pave
the way for a meeting between Mr. Xi and President Biden, possibly on the
sidelines of the Asia-Pacific Economic Cooperation forum in San Francisco in
November. If that happens, analysts say, it would be the clearest sign yet
that the relationship has found a floor.
"""))

# ---------------------------------------------------------------------------
# Write and validate
# ---------------------------------------------------------------------------

with OUT.open("w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

REQUIRED = ["id", "url", "outlet", "title", "published", "story", "text"]
ID_RE = re.compile(r"^(meridian|ledger|tehran|levant|sentinel|pacific|continental)-(\d{8})-([a-z0-9-]+)$")
outlet_by_slug = {k: v[0] for k, v in OUTLETS.items()}
domain_by_slug = {k: v[1] for k, v in OUTLETS.items()}

seen = set()
problems = []
loaded = []
with OUT.open(encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        rec = json.loads(line)
        loaded.append(rec)
        for k in REQUIRED:
            if k not in rec:
                problems.append(f"line {n}: missing {k}")
        m = ID_RE.match(rec["id"])
        if not m:
            problems.append(f"line {n}: bad id {rec['id']}")
            continue
        slug, ymd, short = m.groups()
        if rec["id"] in seen:
            problems.append(f"line {n}: duplicate id {rec['id']}")
        seen.add(rec["id"])
        if rec["outlet"] != outlet_by_slug[slug]:
            problems.append(f"line {n}: outlet mismatch")
        if rec["published"].replace("-", "") != ymd:
            problems.append(f"line {n}: date mismatch")
        y, mo, d = rec["published"].split("-")
        if rec["url"] != f"https://{domain_by_slug[slug]}/{y}/{mo}/{d}/{short}":
            problems.append(f"line {n}: url mismatch")
        if rec["story"] is not None and not re.fullmatch(r"S\d+", rec["story"]):
            problems.append(f"line {n}: bad story")
        words = len(rec["text"].split())
        if not 180 <= words <= 450:
            problems.append(f"line {n}: {words} words")
        if "\n\n" not in rec["text"] or "\n\n\n" in rec["text"]:
            problems.append(f"line {n}: paragraph separation")
        if "wire_copy_of" in rec and rec["wire_copy_of"] not in seen:
            problems.append(f"line {n}: wire_copy_of points to unknown/later id")

if problems:
    raise SystemExit("VALIDATION FAILED:\n" + "\n".join(problems))

for rec in loaded:
    print(f"{rec['id']:48} {rec['outlet']:20} {rec['published']} {str(rec['story']):5} "
          f"{len(rec['text'].split()):4} words")
print(f"OK: {len(loaded)} records written to {OUT}")
