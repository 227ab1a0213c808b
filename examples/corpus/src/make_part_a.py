#!/usr/bin/env python3
"""Build part A of the newsevents demo corpus (Middle East focus).

Articles are written for testing: fictional outlets, the team's own words,
illustrative quotes. Writes part_a.jsonl next to this script, then re-reads
and validates every line.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_a.jsonl")

OUTLETS = {
    "Meridian Wire": ("meridian", "www.meridianwire.example"),
    "The Atlantic Ledger": ("ledger", "www.atlanticledger.example"),
    "Tehran Dispatch": ("tehran", "www.tehrandispatch.example"),
    "Levant Voice": ("levant", "www.levantvoice.example"),
    "Liberty Sentinel": ("sentinel", "www.libertysentinel.example"),
    "Pacific Herald": ("pacific", "www.pacificherald.example"),
    "Continental Review": ("continental", "www.continentalreview.example"),
}


def body(s):
    """Normalise a triple-quoted body: paragraphs separated by one blank line."""
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", s.strip())]
    return "\n\n".join(p for p in paras if p)


def rec(outlet, published, slug, title, story, text, **extra):
    oslug, domain = OUTLETS[outlet]
    y, m, d = published.split("-")
    r = {
        "id": f"{oslug}-{y}{m}{d}-{slug}",
        "url": f"https://{domain}/{y}/{m}/{d}/{slug}",
        "outlet": outlet,
        "title": title,
        "published": published,
        "story": story,
        "text": body(text),
    }
    r.update(extra)
    return r


records = []

# ---------------------------------------------------------------------------
# Story S1: Kochavi meets Milley at the Pentagon (Monday 21 Nov 2022)
# ---------------------------------------------------------------------------
S1_MERIDIAN_TEXT = """
WASHINGTON (Meridian Wire) — Israel's military chief of staff, Lt. Gen. Aviv Kochavi, met U.S. Chairman of the Joint Chiefs of Staff Gen. Mark Milley at the Pentagon on Monday for talks focused on Iran and other regional threats, officials from both countries said.

The two generals discussed "a range of shared security challenges in the Middle East," including Iran's nuclear programme and its transfer of drones to armed groups and to Russia, according to a readout issued by Col. Dave Butler, a spokesperson for the Joint Staff.

Israeli officials said the two militaries are considering holding a joint exercise that would simulate strikes on Iranian nuclear facilities. No decision on the timing or scale of such a drill has been made, one official said, speaking on condition of anonymity because the plans have not been announced.

Kochavi also met Gen. Michael Kurilla, commander of U.S. Central Command (CENTCOM), which took over responsibility for U.S. military ties with Israel in September 2021.

“The cooperation between our militaries has never been closer, and it is essential to our ability to act against the threats in the region,” Kochavi said in a statement released by the Israel Defense Forces (IDF) after the meeting.

The visit comes days after the International Atomic Energy Agency's Board of Governors on Thursday passed a resolution ordering Iran to cooperate with an inquiry into uranium traces found at undeclared sites. Iranian state media reported on Tuesday that Tehran had begun enriching uranium to 60% purity at its Fordow plant in response.

Washington also blamed Iran for a drone attack last week on a commercial tanker off the coast of Oman, according to U.S. Central Command.

Kochavi, who is due to hand over command to Maj. Gen. Herzi Halevi early next year, is scheduled to meet other senior U.S. defence and intelligence officials before returning to Israel later this week, the IDF said.
"""

s1_meridian = rec(
    "Meridian Wire", "2022-11-22", "kochavi-milley",
    "Israeli army chief meets Milley at Pentagon as Iran tops agenda",
    "S1", S1_MERIDIAN_TEXT,
)
records.append(s1_meridian)

S1_TEHRAN_TEXT = """
TEHRAN — The chief of staff of the Israeli occupation forces (IOF), Aviv Kochavi, has travelled to Washington to seek American cover for the Zionist regime's baseless threats against the Islamic Republic, according to reports in US and Hebrew-language media.

Kochavi was received at the Pentagon on Monday (21 November) by Mark Milley, chairman of the US regime's Joint Chiefs of Staff. A statement issued by Milley's spokesman, Col. Dave Butler, said the two men discussed “shared security challenges in the Middle East” — a phrase Washington routinely uses when it means Iran and the Axis of Resistance.

Hebrew media claimed that the two sides are considering a joint drill simulating attacks on Iran's peaceful nuclear facilities. Military analysts in Tehran dismissed the reports as psychological warfare aimed at a domestic audience in “Israel”, where the regime is mired in yet another political crisis following this month's election.

The IOF chief also met Michael Kurilla, head of the US Central Command (CENTCOM), which Iran's parliament designated a terrorist organisation in 2019.

“The Zionist regime is in no position to threaten the Islamic Republic,” Foreign Ministry spokesman Nasser Kanaani told reporters at his weekly news conference on Monday. “Those who speak of military options,” he added, “know very well what the response of the Iranian nation would be.”

Kanaani also rejected last week's resolution by the International Atomic Energy Agency's Board of Governors, drafted by the US and the European troika, as politically motivated. Iran's Atomic Energy Organisation announced on Tuesday that it had begun enriching uranium to 60% at the Fordow site in response.

Commanders of the Islamic Revolution Guards Corps (IRGC) have repeatedly warned that any act of aggression against Iranian soil would be met with a decisive response. IRGC chief Maj. Gen. Hossein Salami has said the regime's threats are a sign of weakness, not strength.

Kochavi, who is due to leave his post in January, has spent much of this year ordering deadly raids in the occupied West Bank, where dozens of Palestinians have been martyred.
"""

records.append(rec(
    "Tehran Dispatch", "2022-11-23", "kochavi-pentagon-threats",
    "IOF chief runs to Pentagon with baseless threats against Iran",
    "S1", S1_TEHRAN_TEXT,
))

S1_LEVANT_TEXT = """
The head of the occupation army, Aviv Kochavi, held talks at the Pentagon in Washington on Monday with the top US general, Mark Milley, as Tel Aviv and Washington weigh a joint exercise rehearsing strikes on Iranian nuclear sites.

A readout from Milley's office, issued by Joint Staff spokesperson Col. Dave Butler, said the two discussed ‘shared security challenges in the Middle East’ and Iran. Israeli officials, quoted in Hebrew media, said the two militaries are considering a drill that would simulate an attack on Iran's nuclear facilities — a step that would mark a new level of US participation in the occupation's war planning.

Kochavi also met Gen. Michael Kurilla, commander of US Central Command, which has overseen military coordination with the occupation state since last year.

For Palestinians, Kochavi's visit is a reminder of who underwrites the occupation. Under his command, occupation forces have carried out near-nightly raids across the West Bank since March under the so-called “Break the Wave” campaign. The United Nations has said 2022 is on course to be the deadliest year for Palestinians in the West Bank since it began systematically recording fatalities in 2005.

“Every visit like this one tells the occupation it can act with impunity,” a spokesman for the Palestinian foreign ministry in Ramallah said, adding that Washington's silence over the killings in Jenin and Nablus “amounts to complicity.” The ministry called on the US administration to stop treating the occupation as “a partner for peace while it kills our children.”

The talks took place as Benjamin Netanyahu works to form a government with far-right settler parties after winning the 1 November election. Palestinian officials have warned that such a coalition would accelerate settler colonial expansion and annexation.

Kochavi is due to step down in January and hand over to Herzi Halevi, a former head of military intelligence.
"""

records.append(rec(
    "Levant Voice", "2022-11-22", "kochavi-washington-iran-drill",
    "Occupation army chief in Washington as US weighs joint Iran strike drill",
    "S1", S1_LEVANT_TEXT,
))

S1_SENTINEL_TEXT = """
America's ironclad alliance with Israel got another boost on Monday as Lt. Gen. Aviv Kochavi, the chief of staff of the Israel Defense Forces, sat down with Gen. Mark Milley at the Pentagon to talk about the growing menace from the regime in Tehran.

According to a readout from Joint Staff spokesperson Col. Dave Butler, the two commanders covered "a range of shared security challenges in the Middle East." Translation: Iran's nuclear program, its fleets of attack drones, and the terror proxies it arms from Lebanon to Yemen.

Israeli officials say the two militaries are now considering a joint exercise simulating strikes on Iranian nuclear facilities. If the drill goes ahead, it would send the clearest signal yet that Washington and Jerusalem are prepared to act together should diplomacy fail.

Kochavi also met Gen. Michael "Erik" Kurilla, the commander of U.S. Central Command, whose forces have been on the receiving end of Iranian provocations all year. Just last week, CENTCOM said an Iranian-made drone slammed into a commercial tanker off Oman.

"We will not allow Iran to acquire nuclear weapons," Kochavi said in a statement issued after the meeting, "and we will continue to build our capabilities together with our American partners."

The rogue state's behavior has only gotten worse. Tehran announced Tuesday that it had begun enriching uranium to 60% at its Fordow bunker — a direct slap at the International Atomic Energy Agency, whose board censured Iran last week. Meanwhile, the regime keeps shipping so-called "defensive" drones to Russia to terrorize Ukrainian cities, and continues its brutal crackdown on protesters at home.

Critics in Washington have long argued that the administration's push to revive the 2015 nuclear deal emboldened the mullahs. Whatever happens with those stalled talks, the message from the Pentagon this week was unmistakable: America stands with its closest ally in the Middle East.
"""

records.append(rec(
    "Liberty Sentinel", "2022-11-22", "kochavi-milley-iran-drill",
    "Ironclad: Israel's top general and Milley eye joint drill as Tehran races ahead",
    "S1", S1_SENTINEL_TEXT,
))

# Wire copy: Continental Review republishes the Meridian S1 article.
_paras = S1_MERIDIAN_TEXT.strip().split("\n\n")[:-1]  # last paragraph trimmed
_orig = ("Kochavi also met Gen. Michael Kurilla, commander of U.S. Central Command (CENTCOM), "
         "which took over responsibility for U.S. military ties with Israel in September 2021.")
_new = ("During the visit, Kochavi also held talks with Gen. Michael Kurilla, who heads U.S. Central "
        "Command (CENTCOM), responsible for U.S. military ties with Israel since September 2021.")
assert _orig in _paras[3], "sentence to reword not found"
_paras[3] = _paras[3].replace(_orig, _new)
records.append(rec(
    "Continental Review", "2022-11-22", "israel-us-generals-iran",
    "Israeli and US military chiefs discuss Iran, weigh joint strike exercise",
    "S1", "\n\n".join(_paras),
    wire_copy_of=s1_meridian["id"],
))

# ---------------------------------------------------------------------------
# Story S2: IRGC "Great Prophet 14" exercise (Tuesday 28 July 2020)
# ---------------------------------------------------------------------------
records.append(rec(
    "Meridian Wire", "2020-07-28", "irgc-great-prophet-drill",
    "Iran's Revolutionary Guards fire underground-launched missiles in Gulf drill",
    "S2", """
DUBAI (Meridian Wire) — Iran's Islamic Revolutionary Guard Corps (IRGC) fired ballistic missiles from underground launchers on Tuesday during a military exercise near the Strait of Hormuz that also included an attack on a mock-up of a U.S. aircraft carrier, Iranian state television reported.

The drill, named "Great Prophet 14", was held in the Gulf and around the strait, through which about a fifth of the world's oil passes, according to state media. Footage broadcast on state TV showed missiles rising from concealed positions in desert terrain and speedboats and helicopters firing on a large replica of a Nimitz-class carrier.

Brig. Gen. Amir Ali Hajizadeh, commander of the IRGC Aerospace Force, told state television that it was the first time the Guards had launched ballistic missiles "from deep underground." He said the launchers were well camouflaged and "very difficult for the enemy to detect."

IRGC Navy commander Rear Adm. Alireza Tangsiri said the exercise was meant to demonstrate Iran's ability to defend its waters, state news agency IRNA reported.

The U.S. military condemned the exercise. Navy Capt. Bill Urban, a spokesperson for U.S. Central Command, said Washington was aware of the drill and described it as irresponsible and reckless. He said the Iranian actions were intended to intimidate and coerce, and that the United States would continue to ensure freedom of navigation in the region.

The exercise came as tensions between Tehran and Washington remain high following the U.S. killing of IRGC commander Qassem Soleimani in a drone strike in Baghdad in January. The United States is also pressing the U.N. Security Council to extend an arms embargo on Iran that is due to expire in October.

Iran has staged similar attacks on carrier mock-ups before, including in 2015.
""",
))

records.append(rec(
    "Tehran Dispatch", "2020-07-29", "great-prophet-14-missiles",
    "IRGC unveils underground missile launchers in Great Prophet 14 drill",
    "S2", """
BANDAR ABBAS — The Islamic Revolution Guards Corps (IRGC) on Tuesday (28 July) fired ballistic missiles from underground launchers for the first time, as the force's land, air and naval units staged the large-scale Great Prophet 14 exercise in the Persian Gulf and the Strait of Hormuz.

During the drill, IRGC speedboats, helicopters and missile units struck a full-scale model of an American aircraft carrier, demonstrating the Guards' readiness to confront any threat to the country's waters.

"Today the enemy saw missiles emerging from the depths of the earth," said Brig. Gen. Amir Ali Hajizadeh, commander of the IRGC Aerospace Force. "These launchers are hidden and protected, and they can strike their targets with precision."

IRGC Navy commander Rear Adm. Alireza Tangsiri said the security of the Persian Gulf must be provided by the countries of the region and that the presence of foreign forces was the main source of insecurity.

The US regime reacted with predictable hysteria. A spokesman for the US terrorist Central Command (CENTCOM) called the drill "irresponsible and reckless" — baseless words from an army that sends warships thousands of miles from its own shores to patrol Iran's doorstep.

Observers noted that the American complaint came less than a week after US fighter jets harassed a Mahan Air passenger plane over Syria, injuring several passengers. Iran has said it will pursue the incident through international bodies.

The exercise also came days after Iran's Foreign Minister Mohammad Javad Zarif said that Washington's campaign to extend the UN arms embargo on Iran, which expires in October, was doomed to fail.

Military experts said the underground launch capability showed that the martyrdom of General Qassem Soleimani had not weakened the resistance but only strengthened the resolve of the IRGC to develop its defensive power.
""",
))

records.append(rec(
    "The Atlantic Ledger", "2020-07-29", "iran-drill-carrier-mockup",
    "Iran fires missiles at mock U.S. carrier in show of defiance near Hormuz",
    "S2", """
Iran's Revolutionary Guards fired ballistic missiles from launch sites buried underground on Tuesday and attacked a floating replica of an American aircraft carrier near the Strait of Hormuz, an elaborate show of force that U.S. military officials called reckless and that appeared designed as much for a domestic audience as for Washington.

The exercise, dubbed Great Prophet 14, featured missiles apparently bursting from hidden silos in the desert, a capability that Brig. Gen. Amir Ali Hajizadeh, the head of the Guards' aerospace force, described on state television as a first. Analysts cautioned that the claim could not be independently verified, but said hardened, concealed launchers would make Iran's arsenal harder to target in a conflict.

The U.S. military's Central Command said it was monitoring the drill. Capt. Bill Urban, a Navy spokesman for the command, said the exercise was "irresponsible and reckless" and aimed at intimidation. U.S. officials said that missiles fired during the drill splashed down in waters near bases in Qatar and the United Arab Emirates, briefly prompting troops to take shelter, although the officials did not suggest they had been aimed at the bases.

"They are trying to show that maximum pressure has not broken them," a senior administration official said, speaking on condition of anonymity to discuss internal assessments. "That is a message for home as much as for us."

The drill comes at a delicate moment. Relations have been dangerously tense since a U.S. drone strike killed Maj. Gen. Qassem Soleimani in Baghdad in January, and Secretary of State Mike Pompeo is pressing the U.N. Security Council to extend an arms embargo on Iran that expires in October — an effort that Russia and China have signaled they will oppose.

Iran's economy, meanwhile, has been battered by sanctions reimposed after President Trump withdrew from the 2015 nuclear agreement in 2018, and by one of the region's worst outbreaks of the coronavirus.

Iran has attacked mock carriers before, notably in 2015, and experts said Tuesday's exercise was unlikely to change the military balance in the Gulf. But it underscored how little room remains for miscalculation in waters where American warships and Iranian speedboats routinely operate within sight of one another.
""",
))

# ---------------------------------------------------------------------------
# Single-outlet articles (story null)
# ---------------------------------------------------------------------------
records.append(rec(
    "Tehran Dispatch", "2022-11-05", "drones-russia-denial",
    "Iran rejects Western claims it armed Russia for Ukraine war",
    None, """
TEHRAN — Iran has firmly denied supplying drones to Russia for use in the war in Ukraine, dismissing accusations from Washington, Kiev and several European capitals as part of a coordinated campaign of lies against the Islamic Republic.

«We have not provided any weapons to either side for use in this war, and we will not do so,» Foreign Ministry spokesman Nasser Kanaani said last month, calling the allegations «baseless and politically motivated».

Speaking in Tehran on Saturday, Foreign Minister Hossein Amir-Abdollahian said that a limited number of drones had been delivered to Russia months before the war began in February, under existing defence cooperation between the two countries. He stressed that no Iranian drones had been sent after the conflict started.

«If it is proven to us that Iranian drones were used by Russia in the war against Ukraine, we will not remain indifferent,» Amir-Abdollahian said. He added that Iran had proposed expert-level talks with Ukrainian officials to examine the claims, but that Kiev had failed to follow through.

The United States and the European Union have accused Tehran of sending Shahed-type drones that Russian forces allegedly used in strikes on Ukrainian cities in recent weeks. The EU imposed sanctions last month on several Iranian individuals and a company it says were involved, a move Tehran condemned as illegal.

Ukrainian President Volodymyr Zelenskyy rejected Amir-Abdollahian's explanation on Saturday evening, claiming that Ukrainian forces were downing Iranian-made drones daily.

Iranian officials say the West is seeking to distract attention from its own role in fuelling the conflict through massive arms deliveries to Kiev. They also note that the accusations have intensified as Western governments openly support the riots inside Iran.

Iran has repeatedly called for a ceasefire and a negotiated settlement between Moscow and Kiev and has offered to help mediate.
""",
))

records.append(rec(
    "Meridian Wire", "2023-03-10", "saudi-iran-beijing-deal",
    "Saudi Arabia and Iran agree to restore ties in China-brokered deal",
    None, """
BEIJING (Meridian Wire) — Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months, ending a seven-year rupture between the regional rivals, in a deal brokered by China, the three countries said in a joint statement.

The agreement was reached after several days of talks in Beijing between Ali Shamkhani, secretary of Iran's Supreme National Security Council, and Musaed al-Aiban, Saudi Arabia's minister of state and national security adviser, according to the statement.

The two sides agreed to respect each other's sovereignty and not interfere in each other's internal affairs, and to activate a security cooperation agreement signed in 2001, the statement said. Foreign Ministers Prince Faisal bin Farhan and Hossein Amir-Abdollahian will meet to arrange the return of ambassadors.

Wang Yi, China's top diplomat and director of the Office of the Central Foreign Affairs Commission, called the deal "a victory for dialogue and a victory for peace." China, he said, would continue to play "a constructive role" in handling difficult issues in the region.

Shamkhani described the talks as "clear, transparent, comprehensive and constructive," Iranian media reported. In the joint statement, the two countries thanked Iraq and Oman for hosting earlier rounds of talks in 2021 and 2022.

Riyadh cut ties with Tehran in 2016 after protesters stormed Saudi diplomatic missions in Iran following the kingdom's execution of a prominent Shi'ite cleric.

In Washington, White House National Security Council spokesman John Kirby said the United States had been kept informed by Saudi officials and welcomed any efforts that help end the war in Yemen and de-escalate tensions in the Middle East. He said it remained to be seen whether Iran would honour its commitments.

The two countries back opposing sides in Yemen, where a Saudi-led coalition has fought the Iran-aligned Houthi movement since 2015.
""",
))

records.append(rec(
    "The Atlantic Ledger", "2023-02-28", "iaea-fordow-enrichment",
    "U.N. inspectors find near-weapons-grade uranium particles at Iran's Fordow site",
    None, """
International inspectors have found uranium particles enriched to 83.7 percent purity at Iran's underground Fordow facility, just short of the roughly 90 percent considered weapons grade, according to a confidential report by the International Atomic Energy Agency circulated to member states on Tuesday.

The finding, the highest level of enrichment the agency has detected in Iran, appears to confirm reports that circulated earlier this month and is likely to sharpen debate in Western capitals over how to respond. Iran has told the agency that the particles may have resulted from "unintended fluctuations" in enrichment levels, and has denied any attempt to enrich beyond the 60 percent it has openly declared.

The report said discussions with Tehran to clarify the matter were continuing. It also estimated that Iran's stockpile of uranium enriched to up to 60 percent had grown to about 87.5 kilograms.

Rafael Grossi, the agency's director general, is expected to travel to Tehran later this week for meetings with senior Iranian officials, including Mohammad Eslami, the head of the Atomic Energy Organization of Iran. Diplomats said Mr. Grossi hoped to secure expanded access for inspectors and a restart of surveillance cameras removed last year.

The agency's 35-nation Board of Governors meets in Vienna next week, and Western diplomats are weighing whether to push for a resolution censuring Iran. A senior European diplomat said a decision would depend "very much on what Grossi brings back from Tehran." A censure, officials acknowledge, could prompt Iran to further restrict inspections, as it did after the board's last resolution in November.

"Nobody wants to close the door entirely, but nobody wants to look like they are ignoring this either," a senior administration official said.

On Capitol Hill, Colin Kahl, the Pentagon's under secretary for policy, told lawmakers on Tuesday that Iran could now produce enough fissile material for one bomb in about 12 days, compared with roughly a year when the 2015 nuclear deal was in force. U.S. officials maintain that Iran has not decided to build a weapon.
""",
))

records.append(rec(
    "Levant Voice", "2023-01-26", "jenin-raid-coordination",
    "Nine martyred as occupation forces storm Jenin camp; PA ends security coordination",
    None, """
JENIN — Nine Palestinians, among them an elderly woman, were martyred on Thursday morning when occupation forces stormed the Jenin refugee camp in the northern West Bank, in one of the deadliest raids in the West Bank in years, according to the Palestinian Health Ministry.

Dozens of armoured vehicles and undercover units entered the camp shortly after dawn, witnesses said, surrounding a house and exchanging fire with resistance fighters for several hours. Bulldozers tore up streets as occupation snipers took positions on rooftops.

Health Minister Mai al-Kaila said occupation forces fired tear gas near the Jenin government hospital and prevented ambulances from reaching the wounded, calling the attack on medical teams «a war crime in every sense». Around 20 people were wounded, the ministry said.

The occupation army claimed it had targeted a cell of Islamic Jihad fighters it accused of planning attacks, and said its troops came under fire during the operation.

On Thursday evening, the Palestinian Authority announced it would end security coordination with the occupation. «In light of the repeated aggression against our people, security coordination with the occupation government no longer exists as of now,» presidential spokesman Nabil Abu Rudeineh said, reading a statement after a leadership meeting chaired by President Mahmoud Abbas in Ramallah.

The PA also said it would pursue complaints at the UN Security Council and the International Criminal Court. Palestinian Prime Minister Mohammad Shtayyeh called on the international community to "break its silence".

Islamic Jihad and Hamas said the occupation would "pay the price" for the massacre, while protests and a general strike were called across the West Bank.

The UN Special Coordinator for the Middle East Peace Process, Tor Wennesland, said he was deeply alarmed by the continuing cycle of violence. Washington urged both sides to de-escalate, days before Secretary of State Antony Blinken is due in the region.

Since the start of this month, at least 29 Palestinians have been martyred by occupation forces and settlers in the West Bank, as the new government of Benjamin Netanyahu, which includes settler leaders, pushes ahead with its settler colonial agenda.
""",
))

records.append(rec(
    "Meridian Wire", "2024-04-14", "iran-attack-israel",
    "Iran launches drones and missiles at Israel; most intercepted",
    None, """
JERUSALEM (Meridian Wire) — Iran launched more than 300 drones and missiles at Israel overnight in its first direct military attack on Israeli territory, the Israeli military said on Sunday, adding that 99% of them were intercepted with the help of the United States and other allies.

Israeli military spokesman Rear Adm. Daniel Hagari said Israel, the United States, Britain and Jordan had shot down the vast majority of the projectiles, most of them outside Israeli airspace. A few ballistic missiles struck the Nevatim air base in southern Israel, causing light damage, he said. A 7-year-old girl in a Bedouin community in the Negev was seriously wounded by shrapnel, according to medics.

Iran's Islamic Revolutionary Guard Corps said the attack, which it called "Operation True Promise", was in retaliation for the April 1 strike on Iran's consulate in Damascus that killed seven IRGC members, including senior commander Brig. Gen. Mohammad Reza Zahedi. Iran blamed Israel for that strike; Israel has not confirmed it carried it out.

In a statement posted on social media, Iran's mission to the United Nations said the matter "can be deemed concluded". It warned, however: "Should the Israeli regime make another mistake, Iran's response will be considerably more severe."

Israeli Prime Minister Benjamin Netanyahu wrote on social media: "We intercepted. We blocked. Together, we will win." Defence Minister Yoav Gallant said the campaign "is not over yet".

U.S. President Joe Biden said U.S. forces had helped Israel take down nearly all the drones and missiles, and that he would convene leaders of the Group of Seven. In a statement issued after a call on Sunday, G7 leaders condemned Iran's attack "in the strongest terms" and said Tehran risked provoking "uncontrollable regional escalation".

Jordan said it had intercepted objects that entered its airspace to protect its citizens. U.N. Secretary-General António Guterres condemned the attack and called for "maximum restraint". The U.N. Security Council was due to meet on Sunday at Israel's request.
""",
))

records.append(rec(
    "Liberty Sentinel", "2023-10-15", "eisenhower-carrier-mediterranean",
    "Ike heads to the Med: Second U.S. carrier sends a message to Tehran and its terror proxies",
    None, """
The Pentagon is sending a second carrier strike group to the eastern Mediterranean, a powerful warning to Hezbollah, the regime in Tehran and any other terror proxies tempted to exploit Hamas's barbaric assault on Israel.

Defense Secretary Lloyd Austin announced Saturday that he had directed the USS Dwight D. Eisenhower Carrier Strike Group to move toward the region, where it will join the USS Gerald R. Ford, which arrived off Israel's coast earlier this week. The Ike group had been scheduled to deploy to the Mediterranean anyway, but its mission has now changed.

The move, Austin said, is meant to deter "hostile actions against Israel or any efforts toward widening this war." A week ago he had already ordered additional Air Force fighter squadrons, including F-35s, F-15s, F-16s and A-10s, to bases in the Middle East.

"This is a signal of our ironclad commitment to Israel's security," Austin said, "and of our resolve to deter any state or non-state actor seeking to escalate."

That message is aimed squarely at Iran, which has armed and funded both Hamas and Hezbollah for decades. President Biden put it even more bluntly last week in a single word to anyone thinking of taking advantage of the crisis: "Don't."

The mullahs do not appear to be listening. Iran's foreign minister, Hossein Amir-Abdollahian, met Hezbollah chief Hassan Nasrallah in Beirut late this week and warned that other fronts could open if Israel's operations in Gaza continue. Hezbollah has traded fire with Israeli troops along the Lebanese border over the past several days.

With two of America's mighty supercarriers, well over 100 aircraft and thousands of sailors just over the horizon, any decision by the so-called "Axis of Resistance" to jump into the fight would be a catastrophic miscalculation.

Israel, for its part, is preparing a ground operation in Gaza after Hamas terrorists murdered some 1,300 people on October 7, the deadliest day for Jews since the Holocaust. Israeli Defense Minister Yoav Gallant has vowed to eliminate Hamas, and America's sailors are making sure nobody else gets in the way.
""",
))

records.append(rec(
    "Tehran Dispatch", "2024-01-18", "pakistan-strikes-saravan",
    "Tehran summons Pakistani envoy after strikes near Saravan, urges restraint",
    None, """
TEHRAN — Iran's Foreign Ministry summoned Pakistan's chargé d'affaires on Thursday to demand an explanation after Pakistani strikes hit a village near the city of Saravan in Sistan-Baluchestan province, killing nine people, none of them Iranian citizens.

Deputy governor of Sistan-Baluchestan Alireza Marhamati told state TV that three women, four children and two men were killed in the early-morning strikes. He said all of the victims were foreign nationals.

Islamabad said its military had targeted hideouts of armed separatist groups on Iranian soil. The attack came two days after the Islamic Revolution Guards Corps (IRGC) struck two bases of the terrorist Jaish al-Zolm group — which calls itself Jaish al-Adl — in Pakistan's Balochistan province, following the group's deadly attack on a police station in Rask in December that martyred 11 police officers. Three days ago, the IRGC also struck terrorist and Zionist espionage targets in Syria and in Iraq's Kurdistan region.

Foreign Ministry spokesman Nasser Kanaani said Tehran respects the sovereignty and territorial integrity of Pakistan, but draws a clear line between the "brotherly" Pakistani government and the armed terrorists who use its territory. "We will not allow enemies to damage the friendly relations between the two nations," he said.

Interior Minister Ahmad Vahidi said the security of Iran's borders was a red line and that Iranian forces were fully prepared to confront any terrorist threat.

Pakistan's Foreign Office spokeswoman Mumtaz Zahra Baloch said Islamabad had no wish to escalate and that Iran was a brotherly country. Caretaker Prime Minister Anwaar-ul-Haq Kakar cut short his visit to the World Economic Forum in Davos to return home, Pakistani media reported.

China, a close partner of both neighbours, urged restraint and offered to play a constructive role in easing tensions.

Analysts in Tehran said the crisis served only the interests of the Zionist regime and the United States, which have long sought to sow discord among Muslim nations while the Gaza war rages. Several observers recalled that both countries have suffered from the same terrorist groups along their shared frontier, and called for joint security measures rather than unilateral action.
""",
))

records.append(rec(
    "The Atlantic Ledger", "2021-04-12", "natanz-blackout-sabotage",
    "Iran blames Israel for Natanz blackout and vows revenge",
    None, """
Iran on Monday accused Israel of sabotaging its main uranium enrichment site at Natanz and vowed to take revenge, a day after a blackout knocked out power to the underground facility and appeared to set back its nuclear program just as talks to revive the 2015 nuclear deal were gathering pace in Vienna.

Foreign Minister Mohammad Javad Zarif said Israel wanted to derail the negotiations and that Iran would "take our revenge" in its own time, according to state media. He said damaged centrifuges would be replaced with more advanced machines, warning that any attempt to weaken Iran's hand at the talks would backfire.

Ali Akbar Salehi, head of the Atomic Energy Organization of Iran, had described Sunday's incident as "nuclear terrorism," and Iranian officials said the facility's electrical distribution network had been deliberately targeted. The extent of the damage was unclear; some reports suggested an explosion had destroyed the site's internal power supply, which could take months to restore.

Israel did not officially comment. Israeli public broadcaster Kan, citing unnamed intelligence sources, reported that the Mossad was behind the attack, a claim that could not be independently confirmed.

The blackout came a day after President Hassan Rouhani inaugurated new, faster centrifuges at Natanz to mark Iran's National Nuclear Technology Day, and as Defense Secretary Lloyd J. Austin was in Israel for meetings with Prime Minister Benjamin Netanyahu and Defense Minister Benny Gantz.

The White House press secretary, Jen Psaki, said the United States was "not involved in any manner." A senior administration official acknowledged, however, that the incident had complicated an already delicate diplomatic effort. "It certainly does not make Vienna any easier," the official said.

Natanz has been targeted before. The Stuxnet computer worm, widely attributed to the United States and Israel, damaged centrifuges there a decade ago, and a mysterious fire tore through an advanced centrifuge assembly hall at the site last July.

Analysts said Iran faces a familiar dilemma: retaliate and risk sinking the talks, or hold back and appear weak. For now, Iranian negotiators are expected to return to Vienna this week.
""",
))

# ---------------------------------------------------------------------------
# Write and validate
# ---------------------------------------------------------------------------
REQUIRED = ["id", "url", "outlet", "title", "published", "story", "text"]

with open(OUT, "w", encoding="utf-8") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

ids = set()
with open(OUT, encoding="utf-8") as f:
    lines = f.read().splitlines()
assert len(lines) == len(records)
for n, line in enumerate(lines, 1):
    r = json.loads(line)
    for k in REQUIRED:
        assert k in r, (n, k)
    assert r["outlet"] in OUTLETS, (n, r["outlet"])
    oslug, domain = OUTLETS[r["outlet"]]
    ymd = r["published"].replace("-", "")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"]), n
    assert r["id"].startswith(f"{oslug}-{ymd}-"), (n, r["id"])
    slug = r["id"][len(f"{oslug}-{ymd}-"):]
    y, m, d = r["published"].split("-")
    assert r["url"] == f"https://{domain}/{y}/{m}/{d}/{slug}", (n, r["url"])
    assert r["id"] not in ids, ("duplicate id", r["id"])
    ids.add(r["id"])
    assert r["story"] is None or isinstance(r["story"], str)
    wc = len(r["text"].split())
    assert 180 <= wc <= 450, (r["id"], wc)
    assert "\n\n" in r["text"] and "\n\n\n" not in r["text"], r["id"]
    if "wire_copy_of" in r:
        assert r["wire_copy_of"] in ids, r["id"]
    print(f"ok {r['id']:45s} {r['outlet']:20s} {r['published']} story={r['story']} words={wc}")
print(f"{len(lines)} records written to {OUT} and validated")
