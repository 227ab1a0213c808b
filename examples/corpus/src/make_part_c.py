#!/usr/bin/env python3
"""Build part C of the newsevents demo corpus (Europe, Africa, Americas, Gaza aid).

The articles below are written for testing: they are the team's own words, with
real office holders, places and dates, and illustrative (not verbatim) quotes.
Run:  python3 make_part_c.py   -> writes part_c.jsonl next to this script.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent / "part_c.jsonl"

OUTLETS = {
    "Meridian Wire": ("meridian", "www.meridianwire.example"),
    "The Atlantic Ledger": ("ledger", "www.atlanticledger.example"),
    "Tehran Dispatch": ("tehran", "www.tehrandispatch.example"),
    "Levant Voice": ("levant", "www.levantvoice.example"),
    "Liberty Sentinel": ("sentinel", "www.libertysentinel.example"),
    "Pacific Herald": ("pacific", "www.pacificherald.example"),
    "Continental Review": ("continental", "www.continentalreview.example"),
}

ARTICLES: list[dict] = []


def add(outlet: str, published: str, slug: str, story: str | None, title: str, text: str) -> None:
    prefix, domain = OUTLETS[outlet]
    yyyy, mm, dd = published.split("-")
    paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip()]
    ARTICLES.append(
        {
            "id": f"{prefix}-{yyyy}{mm}{dd}-{slug}",
            "url": f"https://{domain}/{yyyy}/{mm}/{dd}/{slug}",
            "outlet": outlet,
            "title": title,
            "published": published,
            "story": story,
            "text": "\n\n".join(paragraphs),
        }
    )


# ---------------------------------------------------------------------------
# S5 — EU 10th sanctions package / US sanctions on the invasion anniversary
# ---------------------------------------------------------------------------

add(
    "Meridian Wire", "2023-02-24", "us-eu-russia-sanctions", "S5",
    "US, EU hit Russia with new sanctions on invasion anniversary",
    """
WASHINGTON (Meridian Wire) — The United States on Friday imposed sanctions on about 250 individuals and entities and tightened export controls on Russia to mark one year since the invasion of Ukraine, while the European Union agreed its tenth package of sanctions, officials said.

The Treasury Department said the measures targeted Russian banks, defence and technology companies, and people it accused of helping Moscow evade earlier restrictions, including suppliers in third countries.

“We will keep cutting off the resources Russia needs to wage this illegal war,” Treasury Secretary Janet Yellen said in a statement.

The Commerce Department said it was adding nearly 90 companies in Russia, China and other countries to its trade blacklist, restricting their access to US technology. The White House said it would also raise tariffs on Russian aluminium and other metals.

In Brussels, the Swedish presidency of the Council of the EU said late on Friday that member states had approved the tenth package after a dispute over Russian rubber imports delayed agreement. According to EU diplomats, it bans exports of more dual-use goods and advanced technology and freezes the assets of several Iranian companies the bloc says have manufactured drones used by Russian forces in Ukraine, as well as of Russian officials and propagandists.

Iran has denied supplying drones for use in the war.

Kremlin spokesman Dmitry Peskov said Western sanctions were illegal and would not change Moscow's course. “These measures are illegitimate,” Peskov told reporters, “and our economy has shown that it can withstand them.”

Ukrainian President Volodymyr Zelenskyy welcomed the new measures and thanked Washington and Brussels, saying pressure on Moscow must keep growing until Russian troops leave Ukrainian territory. Speaking at a news conference in Kyiv on Friday, he said partners should also target Russia's nuclear industry.

Leaders of the Group of Seven, who held a video call with Zelenskyy on Friday hosted by Japanese Prime Minister Fumio Kishida, pledged in a joint statement to keep supporting Ukraine and to crack down on sanctions evasion.

US officials said further steps were under consideration if companies in third countries continued to supply Russia's military.
""",
)

add(
    "Continental Review", "2023-02-25", "eu-tenth-package", "S5",
    "EU seals tenth sanctions package on war's anniversary after late rubber row",
    """
BRUSSELS — The European Union's 27 governments agreed a tenth round of sanctions against Russia late on Friday (24 February), a year to the day after Russian tanks rolled into Ukraine, salvaging an anniversary that last-minute haggling had threatened to spoil.

Ambassadors signed off on the package shortly before midnight, diplomats said, once Poland dropped its objections to a transition quota for imports of Russian synthetic rubber. That such a dispute could hold up the bloc on a day meant to display unity struck several officials as an embarrassment. "We were arguing about rubber while Kyiv was counting its dead," one diplomat said.

The measures widen export bans on dual-use goods and advanced technology — electronic components, antennas, cranes, spare parts for trucks and jet engines — that Brussels says have turned up inside Russian missiles and drones recovered in Ukraine.

For the first time, the EU also listed Iranian entities, among them manufacturers linked to the Islamic Revolutionary Guard Corps that it accuses of supplying the Shahed drones which have pounded Ukraine's power grid since October. Tehran has repeatedly denied sending drones for use in the war. Dozens of Russian officials, military commanders and people the EU describes as propagandists were added to the asset-freeze list, and the broadcasting licences of RT Arabic and Sputnik Arabic are to be suspended.

Commission President Ursula von der Leyen said the bloc would keep tightening the pressure "for as long as it takes". Sweden, which holds the rotating Council presidency, said the package struck directly at Russia's war machine.

Washington moved in step. The US Treasury and Commerce Department on Friday announced sanctions on about 250 people and entities, new export curbs and steeper tariffs on Russian metals, measures President Joe Biden had previewed during his unannounced trip to Kyiv on Monday.

The Kremlin answered with familiar scorn. Spokesman Dmitry Peskov told reporters the restrictions were illegal and that Russia ‘will adapt, as it has adapted before’, arguing that Europe was paying a higher price than Moscow.

In Kyiv, President Volodymyr Zelenskyy welcomed the decisions but urged Brussels to go further, notably against the nuclear agency Rosatom, which the bloc has so far spared. Diplomats said work on an eleventh package would begin next month, with a focus on loopholes through third countries. If sanctioned goods keep reaching Russia via its neighbours, one official said, the EU would consider listing companies there too.
""",
)

# ---------------------------------------------------------------------------
# S6 — Kenya: parliament stormed over Finance Bill 2024, bill withdrawn
# ---------------------------------------------------------------------------

add(
    "Meridian Wire", "2024-06-25", "kenya-parliament-stormed", "S6",
    "Protesters storm Kenya's parliament as lawmakers pass tax bill; several killed",
    """
NAIROBI (Meridian Wire) — Protesters broke into Kenya's parliament on Tuesday (25 June) and set part of the building on fire shortly after lawmakers approved a finance bill raising taxes, and police opened fire on crowds outside, killing several people, witnesses and rights groups said.

Lawmakers voted 195 to 106 to pass the Finance Bill 2024, which the government says is needed to raise about 346 billion shillings ($2.7 billion) in additional revenue and reduce borrowing. Members of parliament were evacuated through an underground tunnel as crowds overwhelmed police lines, according to local media.

At least five people were shot dead outside the parliament complex, a coalition of groups including Amnesty International Kenya and the Law Society of Kenya said in a statement. Doctors in Nairobi said dozens of people had been treated for gunshot wounds. The National Police Service did not immediately comment on the casualties.

Part of Nairobi's City Hall, next to parliament, was also set alight, witnesses said. Protests were reported in Mombasa, Kisumu, Nakuru and other towns.

In a televised address from State House on Tuesday evening, President William Ruto described the day's events as "treasonous" and said the government would use every resource available to make sure such violence "does not happen again".

Defence Cabinet Secretary Aden Duale said in a gazette notice that the Kenya Defence Forces had been deployed to support the police in what he described as an emergency.

Opposition leader Raila Odinga condemned the use of live ammunition and urged the government to stop the killings and open talks with the protesters, according to a statement from his office.

Internet monitor NetBlocks reported a major disruption to connectivity across Kenya during the protests.

The demonstrations, organised largely online by young Kenyans, began last week. The government had already dropped some of the most contested proposals, including a 16% value-added tax on bread and an annual tax on motor vehicles.

Earlier this week, embassies of 13 Western countries, including the United States and Britain, said in a joint statement that they were "deeply concerned" about violence and reports of abductions of protesters.

The bill now goes to Ruto, who has 14 days to sign it into law. Organisers have called for further demonstrations on Thursday.
""",
)

add(
    "Continental Review", "2024-06-26", "ruto-withdraws-finance-bill", "S6",
    "Ruto abandons finance bill a day after Kenya's parliament was set ablaze",
    """
NAIROBI — Kenya's President William Ruto said on Wednesday (26 June) that he would not sign this year's finance bill and that it would be withdrawn, a stunning climbdown less than 24 hours after protesters stormed parliament and police fired live rounds into the crowds.

“The people have made themselves heard,” Ruto said in a televised address from State House, flanked by members of parliament from his governing coalition, “and I have listened.”

He proposed a dialogue with the young Kenyans whose leaderless movement has driven more than a week of demonstrations, and announced austerity measures across government, including cuts to travel, hospitality and vehicle budgets, to close part of the gap left by the abandoned tax increases.

The reversal followed the bloodiest day of the protests. The Kenya National Commission on Human Rights said on Wednesday that at least 22 people had been killed across the country, and condemned what it described as an excessive use of force by the police. The Law Society of Kenya has gone to court to challenge the deployment of soldiers, which Ruto ordered on Tuesday night after calling the storming of parliament “treasonous”.

Sending the army against largely unarmed demonstrators would be an irresponsible escalation, rights groups warned; the president's U-turn suggests that State House has reached a similar conclusion, even if the troops have not yet been withdrawn.

The Finance Bill 2024 was meant to raise about 346 billion shillings to ease a debt burden that consumes a growing share of revenue and to keep Kenya on track with its International Monetary Fund programme. Treasury Cabinet Secretary Njuguna Ndung'u will now have to find savings or return to the borrowing the bill was designed to curb.

UN Secretary-General António Guterres said he was deeply saddened by the deaths and urged the authorities to exercise restraint, while the African Union Commission chairperson, Moussa Faki Mahamat, called for calm and dialogue.

Protest organisers said on social media that they would still march in Nairobi on Thursday, demanding accountability for those killed; some called for Ruto's resignation. Analysts said that if the government fails to deliver justice for the victims, the withdrawal alone is unlikely to end the unrest.
""",
)

add(
    "The Atlantic Ledger", "2024-06-26", "kenya-ruto-tax-revolt", "S6",
    "Kenya's Tax Revolt Tests a President Washington Has Embraced",
    """
For William Ruto, this was supposed to be the season that cemented his standing as Washington's most valued partner in Africa. In May, he was feted at the White House on the first state visit by an African leader in more than 15 years; weeks later, the Biden administration formally designated Kenya a major non-NATO ally. And on Tuesday, the first contingent of Kenyan police officers landed in Port-au-Prince to lead a United Nations-backed mission against Haiti's gangs.

The same day, protesters stormed Kenya's parliament in Nairobi.

Crowds breached the complex minutes after lawmakers passed the Finance Bill 2024, a package of tax increases, and set part of it ablaze as police opened fire outside. Rights groups say more than 20 people were killed across the country over two days, though the figures could not be independently verified. Mr. Ruto called the events "treasonous" and ordered the military onto the streets on Tuesday night. By Wednesday afternoon he had reversed course, announcing that he would not sign the bill — a retreat that appears to have been driven as much by the breadth of the anger as by the bloodshed.

The revolt has deep roots. Kenya has borrowed heavily for a decade, and interest payments now swallow roughly a third of government revenue, according to Treasury figures. Mr. Ruto, who won the 2022 election promising relief for the "hustlers" of the informal economy, has instead raised fuel and payroll taxes, partly to meet targets under an International Monetary Fund program.

In Washington, officials were careful. "We've been clear with Nairobi that peaceful protest must be protected, and we are watching very closely," a senior administration official said, speaking on condition of anonymity to discuss diplomatic exchanges. The official said the Haiti deployment would proceed as planned.

Some analysts questioned whether the administration had leaned too heavily on a single partner. A former American diplomat who served in East Africa said the White House had "bet a great deal on one man's stability" and would now have to hedge.

Protest organizers have vowed to march again on Thursday. What comes next for the budget is unclear: the government must now cut spending or borrow more, and the I.M.F. may have to revisit its program. If the unrest continues, officials in Washington privately acknowledge, the administration's hopes for Kenya as a regional anchor could become considerably harder to sustain.
""",
)

# ---------------------------------------------------------------------------
# S7 — First aid convoy enters Gaza through Rafah (21 October 2023)
# ---------------------------------------------------------------------------

add(
    "Levant Voice", "2023-10-21", "rafah-first-aid-trucks", "S7",
    "Twenty trucks for a besieged people: first aid crosses Rafah after two weeks of siege",
    """
Twenty trucks carrying medicine, food and water passed through the Rafah crossing from Egypt into the Gaza Strip on Saturday morning, the first relief allowed into the besieged enclave since the Israeli occupation imposed what its defence minister, Yoav Gallant, called a “complete siege” on 9 October.

The convoy, organised by the Egyptian Red Crescent and United Nations agencies, was received on the Palestinian side by the Palestinian Red Crescent Society, which said the supplies would go first to hospitals in the south. No fuel was included. The occupation has refused to let any in, and hospitals warn their generators could fall silent within days.

“Twenty trucks for more than two million people is not relief, it is a drop in the ocean,” a Palestinian Red Crescent official said in Khan Younis. Before the war, around 500 trucks a day entered Gaza, according to UN figures.

Gaza's Ministry of Health said on Saturday that at least 4,385 Palestinians had been martyred in Israeli bombardment since 7 October, many of them children, and more than 13,000 wounded. Whole neighbourhoods in Gaza City and the north have been flattened, and more than a million people have been displaced toward the south, where the strikes have not stopped.

UN Secretary-General António Guterres stood at the Rafah gate on Friday and called for the trucks to move as quickly and in as large numbers as possible. UN humanitarian chief Martin Griffiths said Saturday's delivery must be the start of a sustained operation, while UNRWA Commissioner-General Philippe Lazzarini warned that the agency was running out of fuel.

Occupation officials insisted that aid would be tolerated only as long as none of it reached Hamas, and that nothing would enter through crossings Israel controls. The office of Prime Minister Benjamin Netanyahu said that fuel remained barred.

In Egypt's New Administrative Capital, President Abdel Fattah al-Sisi hosted Arab and European leaders at a peace summit on Saturday, where Arab states demanded an end to the bombardment and the siege. Palestinian President Mahmoud Abbas told the gathering that Palestinians would not be driven from their land.

Rights groups describe the siege as collective punishment of a population that had already lived under a 16-year blockade. Aid workers warned that if fuel does not arrive within days, desalination plants, bakeries and hospital incubators will stop working.
""",
)

add(
    "Meridian Wire", "2023-10-21", "rafah-aid-convoy", "S7",
    "First aid convoy enters Gaza from Egypt through Rafah crossing",
    """
RAFAH, Egypt (Meridian Wire) — A convoy of 20 trucks carrying humanitarian aid entered the Gaza Strip from Egypt through the Rafah crossing on Saturday (21 October), the first deliveries since Israel imposed a siege on the territory two weeks ago, officials said.

The trucks, carrying medicine, medical supplies and limited quantities of food and water, were organised by the Egyptian Red Crescent and United Nations agencies, according to Egyptian officials. The crossing closed again after the convoy had passed, witnesses said.

UN Secretary-General António Guterres visited the Egyptian side of the crossing on Friday and called for aid to flow continuously and at scale. "These trucks must keep moving," Guterres told reporters at the gate.

UN humanitarian chief Martin Griffiths said in a statement that he hoped the delivery would mark the start of a sustained operation.

Aid agencies said far more was needed. About 500 trucks a day entered Gaza before the conflict, according to the UN. "It is a start," a spokesperson for the World Food Programme said, "but it is nowhere near what is needed."

Israel has said it will not prevent aid from Egypt as long as it consists of food, water and medicine for civilians and does not reach Hamas, according to a statement from Prime Minister Benjamin Netanyahu's office earlier this week. Israeli officials said no fuel would be allowed in.

US President Joe Biden said after visiting Israel on Wednesday that he had secured agreement for up to 20 trucks to cross initially. US special envoy David Satterfield was in Cairo for talks on further deliveries, the State Department said.

On Friday, Hamas released two US citizens, a mother and daughter, from among the roughly 200 people Israel says are being held in Gaza.

Gaza's health ministry said on Saturday that 4,385 Palestinians had been killed since 7 October. Israeli officials say about 1,400 people were killed in the Hamas attack on southern Israel that day.

Also on Saturday, Egyptian President Abdel Fattah al-Sisi hosted a peace summit in the New Administrative Capital east of Cairo, attended by Arab and European leaders. Egyptian officials said more convoys were expected in the coming days but gave no figures.
""",
)

add(
    "Liberty Sentinel", "2023-10-22", "rafah-aid-hamas", "S7",
    "Aid Rolls Into Gaza — But Israel Vows Not One Truck Will Feed Hamas Terrorists",
    """
The first aid trucks rolled into Gaza from Egypt on Saturday, and Israel held firm on one simple condition: not a single shipment can end up in the hands of the Hamas terrorists who massacred some 1,400 people in Israel on Oct. 7.

About 20 trucks crossed at Rafah in a convoy organized by the Egyptian Red Crescent and the United Nations, after days of talks brokered by President Biden during his visit to Tel Aviv on Wednesday. Israel agreed to food, water and medicine only — no fuel.

“Hamas has stolen from its own people for years, and it will not be allowed to steal this aid,” an Israeli official told the Sentinel. Prime Minister Benjamin Netanyahu's office has said the aid can continue only as long as it does not reach Hamas, and the IDF has pointed out that the terror group is allegedly sitting on large fuel stockpiles while it blames Israel for shortages.

At the United Nations, Secretary-General António Guterres, who traveled to the Rafah crossing on Friday, pressed for a massive and sustained flow of aid and again floated a “humanitarian ceasefire”. Critics note that the so-called humanitarian concerns voiced in New York rarely extend to the more than 200 hostages Hamas is holding in its tunnels under Gaza.

Aid groups complained that 20 trucks are a fraction of what is needed. A second, smaller convoy crossed on Sunday, according to Egyptian officials.

On Friday, Hamas freed two Americans, Judith Raanan and her daughter Natalie, from the Chicago area — a release the terror group touted as a humanitarian gesture. U.S. officials said that Washington would keep working around the clock to bring every hostage home.

Meanwhile, the IDF pressed on with precision strikes against Hamas terror infrastructure and urged civilians in northern Gaza to move south for their own safety. Defense Minister Yoav Gallant told troops massed on the border that they would soon be going in, signaling that a ground operation could come within days.

On Israel's northern border, Hezbollah — the most powerful of Tehran's terror proxies — traded fire with the IDF again this weekend. The Pentagon has rushed two carrier strike groups to the eastern Mediterranean, a clear sign of the ironclad alliance between Washington and Jerusalem, and a warning that if the regime in Tehran widens the war, it would face the United States.
""",
)

# ---------------------------------------------------------------------------
# Single-outlet articles (story null)
# ---------------------------------------------------------------------------

add(
    "Continental Review", "2022-07-22", "black-sea-grain-deal", None,
    "Russia and Ukraine sign separate grain deals in Istanbul to reopen Black Sea ports",
    """
ISTANBUL — Russia and Ukraine on Friday (22 July) signed agreements brokered by the United Nations and Turkey to resume grain exports from Ukraine's Black Sea ports, the most significant accord between the warring sides since Moscow launched its invasion in February.

The two sides refused to put their names to the same document. At a ceremony in Istanbul's Dolmabahçe Palace hosted by President Recep Tayyip Erdoğan and attended by UN Secretary-General António Guterres, Russia's Defence Minister Sergei Shoigu and Ukraine's Infrastructure Minister Oleksandr Kubrakov each signed mirror texts with Turkey and the UN. Turkish Defence Minister Hulusi Akar signed for Ankara.

Under the arrangement, cargo ships will sail through safe corridors from Odesa, Chornomorsk and Pivdennyi. A joint coordination centre in Istanbul, staffed by Russian, Ukrainian, Turkish and UN officials, will monitor the traffic, and vessels will be inspected in Turkish waters for weapons. The deal runs for 120 days and can be renewed. About 20 million tonnes of grain are stuck in Ukrainian silos, according to Kyiv.

‘This is an agreement for the world's hungriest people, not for either side,’ Guterres said after the signing. Erdoğan called the accord a step that would ease the global food crisis, adding: "Turkey will do everything to make it work."

Kyiv made clear its trust goes only so far. Mykhailo Podolyak, an adviser to President Volodymyr Zelenskyy, warned that any Russian provocation in the corridors would be met with an immediate military response, and Ukrainian officials insisted that no Russian warships would escort convoys and no Russian inspectors would set foot in Ukrainian ports.

In a separate memorandum, the UN pledged to help facilitate Russian exports of food and fertiliser, which Moscow says have been hampered by Western sanctions — a claim Brussels rejects, noting that agricultural goods were never targeted.

The European Union's foreign policy chief, Josep Borrell, welcomed the deal as a step in the right direction, while urging Moscow to implement it in good faith. Wheat prices fell on the news.

Whether the Kremlin honours its signature is another matter. Officials said the first shipments could leave within weeks — if, as one European diplomat put it, "nobody fires the first shot".
""",
)

add(
    "Meridian Wire", "2023-03-30", "gershkovich-detained", None,
    "Russia detains Wall Street Journal reporter on espionage charges",
    """
MOSCOW (Meridian Wire) — Russia's Federal Security Service (FSB) said on Thursday it had detained Evan Gershkovich, an American reporter for the Wall Street Journal, in the Urals city of Yekaterinburg on suspicion of espionage, the first US journalist held on spying charges in Russia since the Cold War.

The FSB said in a statement that Gershkovich, acting on instructions from the United States, had been collecting information classified as a state secret about an enterprise of Russia's military-industrial complex. It did not provide evidence.

A Moscow district court later on Thursday ordered him held in pre-trial detention until 29 May, Russian news agencies reported. He pleaded not guilty, according to the state news agency TASS. Espionage carries a sentence of up to 20 years in prison.

The Journal said it denied the FSB's allegations in the strongest terms and demanded the immediate release of its reporter, adding that it was deeply concerned for his safety.

“We condemn his detention in the strongest terms,” White House press secretary Karine Jean-Pierre told reporters in Washington, “and we are in touch with the Journal and with his family.”

Secretary of State Antony Blinken said he was deeply concerned, and the State Department said it was seeking consular access through the US Embassy in Moscow, headed by Ambassador Lynne Tracy.

Kremlin spokesman Dmitry Peskov told reporters that Gershkovich had been caught "red-handed", and said it was up to the security services to decide what to disclose. Foreign Ministry spokeswoman Maria Zakharova said his activities in Yekaterinburg had nothing to do with journalism.

Gershkovich, 31, is accredited with the Russian Foreign Ministry and has reported from Russia for several years, covering the economy and the war in Ukraine.

The arrest comes as relations between Moscow and Washington are at their lowest point in decades. In December, the two countries exchanged basketball player Brittney Griner for Russian arms dealer Viktor Bout. Another American, former Marine Paul Whelan, is serving a 16-year sentence in Russia on espionage charges he denies.

Analysts said that if Gershkovich is convicted, Moscow could seek to use him in a future prisoner exchange.
""",
)

add(
    "Continental Review", "2023-08-11", "ecowas-niger-standby-force", None,
    "ECOWAS readies standby force for Niger as junta digs in",
    """
ABUJA — West African leaders on Thursday (10 August) ordered the activation of a regional standby force to restore constitutional order in Niger, raising the prospect of a military intervention two weeks after soldiers overthrew President Mohamed Bazoum.

At an emergency summit in the Nigerian capital, heads of state of the Economic Community of West African States (ECOWAS) directed their defence chiefs to assemble the force, the ECOWAS Commission president, Omar Alieu Touray, said, while insisting that the bloc still preferred a negotiated solution. Nigeria's President Bola Tinubu, who chairs the bloc, said force would be used only “if every other door is closed”.

Côte d'Ivoire's President Alassane Ouattara said after the meeting that his country would contribute a battalion and that he expected other members to follow.

In Niamey, the junta led by Gen. Abdourahamane Tiani, the former head of the presidential guard who has proclaimed himself leader of the National Council for the Safeguarding of the Homeland, shows no sign of yielding. This week it named a civilian prime minister, Ali Mahamane Lamine Zeine, and on Tuesday turned away a joint ECOWAS, African Union and UN mission. US Acting Deputy Secretary of State Victoria Nuland, who flew to Niamey on Monday, was not allowed to see either Tiani or Bazoum.

Bazoum has been detained with his wife and son in his residence since 26 July; his allies say the family lacks electricity and fresh food. According to reports citing Western officials, the junta warned a visiting US diplomat that Bazoum's safety could not be guaranteed if neighbouring states intervened. Such a threat, if confirmed, would be a grave provocation.

The military governments of Mali and Burkina Faso have already warned that any military intervention in Niger «would amount to a declaration of war» against them, and Algeria's President Abdelmadjid Tebboune has said an armed intervention would threaten the whole region. In Nigeria itself, the Senate has urged Tinubu to exhaust political and diplomatic options first.

France, which has about 1,500 troops in Niger and whose military agreements the junta has scrapped, said it supported all ECOWAS decisions. The United States keeps about 1,100 personnel in the country.

No timetable has been set, and analysts doubt the force could be assembled quickly. If ECOWAS troops do cross into Niger, they warn, a Sahel already reeling from jihadist insurgencies could be drawn into a wider regional war.
""",
)

add(
    "Meridian Wire", "2023-10-19", "venezuela-sanctions-eased", None,
    "US eases Venezuela oil sanctions after election deal in Barbados",
    """
WASHINGTON (Meridian Wire) — The United States on Wednesday eased sanctions on Venezuela's oil and gas sector for six months, a day after President Nicolás Maduro's government and the opposition signed an agreement in Barbados on holding a presidential election next year, US officials said.

The Treasury Department issued a general license authorising transactions involving Venezuela's oil and gas sector, including state oil company Petróleos de Venezuela (PDVSA), for six months. It also lifted a ban on secondary trading in some Venezuelan bonds and authorised dealings with state gold miner Minerven.

The agreement was signed on Tuesday in Bridgetown by National Assembly President Jorge Rodríguez for the government and Gerardo Blyde for the opposition Unitary Platform, in talks facilitated by Norway and hosted by Barbados Prime Minister Mia Mottley. It provides for a presidential election in the second half of 2024 with international observers, including from the European Union.

Secretary of State Antony Blinken said in a statement that Washington expected Caracas, by the end of November, to set out a timeline and process for reinstating all candidates barred from running and to begin releasing wrongfully detained US nationals and political prisoners. He warned that the United States would reverse the relief if the government failed to meet its commitments.

“This is a response to concrete electoral progress, not a blank check,” a senior administration official told reporters on a briefing call. “If they don't follow through,” the official said, “the license will not be renewed.”

Venezuelan authorities released several political prisoners on Wednesday, including journalist Roland Carreño, opposition groups said.

María Corina Machado, the front-runner in Sunday's opposition primary, remains barred from holding public office. The government has not said whether the ban will be lifted.

Maduro said on state television that the agreement showed sanctions had failed and that Venezuela would hold the election on its own terms.

Some Republican lawmakers, including Senator Marco Rubio, criticised the move, saying Maduro had given up little in return.

Washington imposed sweeping sanctions on Venezuela's oil industry in 2019. Analysts said the relief could modestly raise the country's output of about 800,000 barrels per day, though years of underinvestment would limit any rapid increase.
""",
)

add(
    "The Atlantic Ledger", "2023-04-16", "sudan-khartoum-fighting", None,
    "Sudan's Generals Turn Their Guns on Each Other, Plunging Khartoum Into Chaos",
    """
The two generals who together seized power in Sudan in 2021 are now fighting each other for it. For a second day on Sunday, gunfire and airstrikes shook Khartoum as the Sudanese Armed Forces, led by Gen. Abdel Fattah al-Burhan, battled the paramilitary Rapid Support Forces commanded by Gen. Mohamed Hamdan Dagalo, widely known as Hemedti.

Both sides claimed control of key sites in the capital, including the presidential palace, the army headquarters and Khartoum International Airport; none of those claims could be independently verified. Residents described fighter jets flying low over the city and smoke rising near the airport, where at least one commercial airliner appeared to have been hit on the tarmac.

The Central Committee of Sudanese Doctors, a pro-democracy medical group, said at least 56 civilians had been killed on Saturday alone and hundreds wounded, and warned that the real toll was probably much higher. The World Food Programme said three of its staff members had been killed in North Darfur, and its executive director, Cindy McCain, said the agency was temporarily halting operations in Sudan.

The fighting reportedly erupted over a long-running dispute about how, and how fast, the R.S.F. would be folded into the regular army under a framework deal meant to restore civilian rule. The R.S.F. grew out of the Janjaweed militias that fought in Darfur two decades ago and has since become a wealthy, heavily armed force in its own right.

Each general blames the other. General Burhan said in a televised interview that the R.S.F. would have to be dissolved, while General Dagalo accused the army of attacking his forces first and called on soldiers to abandon their commanders.

Secretary of State Antony Blinken, arriving in Japan for a meeting of Group of 7 foreign ministers, called for an immediate end to the violence. "We are in touch with both men, and the message is the same: stop now," a senior administration official said, adding that U.S. Embassy staff were sheltering safely. The U.N. envoy, Volker Perthes, said both sides had agreed to a three-hour humanitarian pause on Sunday, though it was not clear whether it was being observed.

The African Union Commission chairman, Moussa Faki Mahamat, said he would travel to Sudan immediately, and the Arab League called an emergency meeting. If the fighting drags on, analysts warn, Sudan could splinter along regional lines and draw in neighbors such as Egypt and Chad.
""",
)

add(
    "Continental Review", "2024-01-24", "turkey-sweden-nato", None,
    "Turkish parliament clears Sweden's NATO bid, leaving Hungary as the last holdout",
    """
ANKARA — Turkey's parliament voted late on Tuesday (23 January) to approve Sweden's application to join NATO, ending more than 20 months of delay and leaving Hungary as the only ally yet to ratify.

Lawmakers in the Grand National Assembly backed the accession protocol by 287 votes to 55. The text now goes to President Recep Tayyip Erdoğan, who is expected to sign it in the coming days, after which it will be published in the Official Gazette.

Ankara extracted a long list of concessions along the way. Sweden tightened its anti-terrorism laws, lifted restrictions on arms exports to Turkey and pledged to address Turkish concerns about the Kurdistan Workers' Party (PKK), which Turkey, the EU and the United States list as a terrorist organisation. Erdoğan has also linked the vote to a US sale of F-16 fighter jets, which Washington is now expected to move forward with, officials said.

‘Sweden is now very close to the finish line,’ Prime Minister Ulf Kristersson wrote on social media, thanking Turkish lawmakers. NATO Secretary-General Jens Stoltenberg welcomed the vote and said he counted on Hungary to complete its ratification as soon as possible.

Budapest, however, is playing for time. Prime Minister Viktor Orbán said on Tuesday that he had invited Kristersson to Budapest to negotiate on Sweden's accession, a move several allies privately called irresponsible given Hungary's repeated assurances that it would not be the last to ratify.

Stockholm was cool. ‘We are happy to keep talking,’ Foreign Minister Tobias Billström told Swedish radio on Wednesday, ‘but there is nothing to negotiate about.’ Hungary's Foreign Minister Péter Szijjártó has complained about what Budapest calls Swedish politicians' hostile remarks on the rule of law in Hungary.

Hungary's parliament is not due to reconvene until mid-February, and opposition lawmakers' attempts to call an extraordinary session have so far failed.

Sweden applied to join in May 2022, together with Finland, in response to Russia's full-scale invasion of Ukraine. Finland became a member in April last year. If Hungarian lawmakers ratify when they return, Sweden could become NATO's 32nd member by the spring.
""",
)

add(
    "Meridian Wire", "2023-06-28", "nanterre-riots", None,
    "Riots erupt in France after police shoot teenager during traffic stop",
    """
NANTERRE, France (Meridian Wire) — Youths clashed with police and set cars alight in Nanterre and other towns around Paris overnight after a police officer shot dead a 17-year-old driver during a traffic check, and President Emmanuel Macron on Wednesday called the killing «inexplicable and inexcusable».

The teenager, identified by his family as Nahel M., was shot at close range on Tuesday morning (27 June) after the car he was driving was stopped in Nanterre, west of the capital, according to prosecutors. A video circulating on social media appeared to contradict initial police accounts that the car had driven at officers.

The officer who fired was taken into custody, and the Nanterre prosecutor's office has opened an investigation into homicide by a person holding public authority, prosecutor Pascal Prache said.

Interior Minister Gérald Darmanin said 31 people had been arrested overnight and 24 officers injured, and that 2,000 police would be deployed in the Paris region on Wednesday night. He described the video as "extremely shocking".

Speaking in Marseille, Macron said he was thinking of the family and called for calm so that justice could do its work. «Nothing can justify the death of a young man,» he told reporters.

Prime Minister Élisabeth Borne told the National Assembly that the officer's actions did not appear to comply with the rules. Lawmakers observed a minute's silence.

A lawyer for the family, Yassine Bouzrou, said the family would file complaints, including one accusing officers of giving false statements. The teenager's mother has called for a march in Nanterre on Thursday.

According to a tally by French media, 13 people were killed by police gunfire during traffic stops last year, most of them after allegedly refusing to comply with orders to stop. Police unions say officers face growing danger from drivers who flee checks.

Government officials said reinforcements could be sent to other cities if the unrest spread. Officials are wary of a repeat of 2005, when the deaths of two teenagers fleeing police in Clichy-sous-Bois set off three weeks of riots across France.
""",
)

add(
    "Continental Review", "2022-10-10", "kyiv-strikes-kerch-bridge", None,
    "Russia rains missiles on Kyiv and other cities two days after Crimean bridge blast",
    """
KYIV — Russia fired dozens of missiles at Kyiv and cities across Ukraine during the Monday morning rush hour (10 October), killing at least 11 people and knocking out power in several regions, in what President Vladimir Putin called retaliation for the explosion that damaged the Kerch Bridge to Crimea on Saturday.

Missiles struck central Kyiv for the first time in months, hitting streets near Taras Shevchenko National University, a children's playground and a pedestrian bridge over the Dnipro. Explosions were also reported in Lviv, Dnipro, Zaporizhzhia, Kharkiv and Ternopil. Ukraine's general staff said more than 80 missiles had been launched, around half of which were shot down. Lviv was left largely without electricity.

Putin told his Security Council that the strikes had targeted energy, military command and communications facilities, and warned that Russia's response to any further "terrorist" attacks would be harsh.

On Saturday, a truck bomb on the 19-kilometre bridge across the Kerch Strait set fuel tankers on a parallel rail line ablaze and brought down part of the road deck, killing three people, according to Russian investigators. A day later, after meeting the head of the Investigative Committee, Alexander Bastrykin, Putin called the blast a terrorist act devised by Ukraine's special services. Kyiv has not claimed responsibility.

“They want to frighten us and plunge us into darkness, and they will fail,” President Volodymyr Zelenskyy said in a video recorded outside his office. Kyiv's mayor, Vitali Klitschko, urged residents to stay in shelters.

In Europe the response was swift. The EU's foreign policy chief, Josep Borrell, condemned what he called barbaric attacks on civilians, and Berlin said the first of its IRIS-T air defence systems would reach Ukraine within days. Group of Seven leaders will hold an emergency video conference with Zelenskyy on Tuesday.

In Minsk, Belarusian President Alexander Lukashenko said on Monday that Belarus and Russia had agreed to deploy a joint regional force, accusing Kyiv of planning an attack on Belarus — a claim Ukraine dismissed as a provocation.

The strikes marked a shift towards Ukraine's civilian infrastructure. If Russia keeps targeting power plants as temperatures fall, Ukrainian officials warned, millions could face the winter without heat or light.
""",
)

add(
    "Levant Voice", "2024-02-29", "gaza-flour-massacre", None,
    "‘Flour massacre’: occupation forces open fire on crowds awaiting aid in Gaza City",
    """
More than 100 Palestinians were martyred and hundreds wounded on Thursday when Israeli occupation forces opened fire on crowds gathered around an aid convoy on al-Rashid Road in south-west Gaza City, according to Gaza's Ministry of Health, in what residents are already calling the ‘flour massacre’.

Ministry spokesperson Ashraf al-Qudra said 104 people had been killed and more than 760 wounded. On the same day, the ministry said the overall death toll since 7 October had passed 30,000.

Thousands of starving people had gathered before dawn near the Nabulsi roundabout after hearing that flour trucks would arrive, witnesses said. "We waited all night for flour for our children, and they answered us with bullets," said a man who had walked from Jabalia. Doctors at al-Shifa, Kamal Adwan and al-Awda hospitals reported that many of the wounded had gunshot injuries, according to health officials.

The occupation army gave a different account. Israeli military spokesman Rear Admiral Daniel Hagari claimed that most of the victims died in a stampede or were run over by the trucks, and said troops had fired only at people who approached them in a way that posed a threat. He denied that any strike had been carried out on the convoy itself. Those claims contradict the testimony of survivors and medical staff, and none of the accounts could be independently verified.

UN Secretary-General António Guterres condemned the killings and called for an effective independent investigation, his spokesperson Stéphane Dujarric said. The UN Security Council met behind closed doors on Thursday at Algeria's request. The Palestinian presidency of Mahmoud Abbas condemned what it described as a massacre.

Northern Gaza has been cut off from regular aid for weeks. Earlier this week, the UN warned that at least 576,000 people across the Strip — a quarter of the population — were one step away from famine, and the World Food Programme paused deliveries to the north last week, citing chaos and attacks on its convoys. The ministry says children have died of malnutrition and dehydration at Kamal Adwan hospital.

US President Joe Biden acknowledged that the killings would likely complicate efforts to reach a ceasefire and prisoner exchange being mediated by Qatar and Egypt. Aid agencies warned that unless crossings open and convoys can move safely to the north, many more people will die of hunger.
""",
)


# ---------------------------------------------------------------------------
# Write and validate
# ---------------------------------------------------------------------------

REQUIRED = ("id", "url", "outlet", "title", "published", "story", "text")
ID_RE = re.compile(r"^(meridian|ledger|tehran|levant|sentinel|pacific|continental)-(\d{8})-([a-z0-9]+(?:-[a-z0-9]+)*)$")


def validate(records: list[dict]) -> None:
    seen: set[str] = set()
    for rec in records:
        assert tuple(rec.keys()) == REQUIRED, rec.keys()
        m = ID_RE.match(rec["id"])
        assert m, rec["id"]
        prefix, ymd, slug = m.groups()
        assert rec["id"] not in seen, f"duplicate id {rec['id']}"
        seen.add(rec["id"])
        exp_prefix, domain = OUTLETS[rec["outlet"]]
        assert prefix == exp_prefix, rec["id"]
        assert ymd == rec["published"].replace("-", ""), rec["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["published"])
        y, mo, d = rec["published"].split("-")
        assert rec["url"] == f"https://{domain}/{y}/{mo}/{d}/{slug}", rec["url"]
        assert rec["story"] is None or re.fullmatch(r"S\d+", rec["story"])
        text = rec["text"]
        assert "\n\n" in text and "\n\n\n" not in text, rec["id"]
        assert all(p == p.strip() and "\n" not in p for p in text.split("\n\n")), rec["id"]
        words = len(text.split())
        assert 180 <= words <= 450, f"{rec['id']}: {words} words"
        assert any(q in text for q in ('"', "“", "‘", "«")), f"{rec['id']}: no quote"


def main() -> None:
    validate(ARTICLES)
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in ARTICLES:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # Re-read and check every line.
    reread = []
    with OUT.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                reread.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover
                raise SystemExit(f"line {n}: invalid JSON: {exc}")
    validate(reread)
    assert reread == ARTICLES
    for rec in reread:
        print(f"{rec['id']:55s} {rec['outlet']:20s} {rec['published']} {str(rec['story']):5s} {len(rec['text'].split())} words")
    print(f"OK: {len(reread)} records written to {OUT}")


if __name__ == "__main__":
    main()
