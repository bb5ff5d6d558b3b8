namespace Chronicle.Core.Events.Lexicon;

/// <summary>
/// The trigger lexicon as documented data. One line per trigger:
/// <c>TYPE[/mode] [gov=M] [self=M] [conf=0.x] [after=w,w] [before=w,w] : pattern</c>.
/// Pattern words: <c>v:base(irregular,…)</c> expands a verb to base, -s, -ed, -ing (plus irregular
/// forms), <c>n:base</c> a noun to singular and plural, <c>a|the</c> lists alternatives, <c>~N</c> skips
/// up to N tokens. Type <c>-</c> is a blocker. Modalities: planned, demanded, denied, conditional,
/// hypothetical, reported. The longest match at a position wins.
/// </summary>
internal static class TriggerTable
{
    public static readonly string[] Lines =
    [
        // AGREE: agreements, deals, accepting. What one agrees to do is planned.
        "AGREE gov=planned : v:agree(agreed)",
        "AGREE gov=planned : n:agreement",
        "AGREE gov=planned conf=0.7 : n:deal",
        "AGREE gov=planned : v:strike(struck,striking) a|the ~1 n:deal",
        "AGREE conf=0.6 : v:accept",
        // "will not accept foreign troops": tolerating a presence on one's soil is no agreement.
        "- : v:accept ~2 n:troop|n:force|n:soldier|n:fighter|n:faction|n:militia|n:presence|n:base",
        "AGREE : n:accord",
        "AGREE : n:ceasefire",
        "AGREE : n:truce",
        "AGREE gov=planned : v:sign(signed) ~2 n:accord|n:pact|n:treaty|n:agreement|n:deal|n:memorandum",
        "- : v:deal with",
        "AGREE gov=planned conf=0.7 : v:reach(reached) a|the ~1 n:deal",
        // "reached an agreement …, and a formal announcement would come at …": the announcement concludes that agreement.
        "AGREE conf=0.6 before=agreement,agreements,deal,deals,accord,agreed,understanding : formal|official n:announcement",

        // CONSULT: meetings, talks, negotiations, calls, visits.
        "CONSULT : v:meet(met)",
        "CONSULT : n:meeting",
        "CONSULT : talks",
        "CONSULT gov=planned : v:negotiate",
        // "the negotiating team", "their negotiating position": a modifier naming who or what negotiates, not talks held.
        "- : negotiating n:team|n:delegation|n:committee|n:panel|n:partner|n:position|n:strategy|n:tactic",
        "CONSULT gov=planned : n:negotiation",
        "CONSULT : n:summit",
        "CONSULT : v:visit",
        "CONSULT : n:visit",
        "CONSULT : v:fly(flew,flown) to",
        "CONSULT : v:travel(travelled,traveled,travelling,traveling) to",
        "CONSULT : phone|telephone n:call|n:conversation",
        "CONSULT : v:call(called) with",
        "CONSULT : n:dialogue",
        "CONSULT gov=planned : v:discuss",
        "CONSULT conf=0.6 : n:discussion",
        "CONSULT : v:hold(held) ~2 talks|n:meeting|n:negotiation|n:discussion",
        // Holding or convening a congress or a convention is a meeting of its members ("hold a congress").
        "CONSULT : v:hold(held) ~2 n:congress|n:convention|n:summit",
        "CONSULT : v:convene",
        // "talks between A and B, initiated by C in January": the one who started the talks takes part in them.
        "CONSULT : talks|n:negotiation|n:meeting|n:dialogue ~5 , v:initiate|v:launch|v:propose|v:request|v:start|v:begin(began,begun) by",
        "CONSULT : talks|n:negotiation|n:meeting|n:dialogue ~5 v:initiate|v:launch|v:propose|v:request|v:start|v:begin(began,begun) by",
        "- : press n:conference",
        "- : news n:conference",

        // REQUEST: demands, calls, urging, pressing; wanting is itself a demand. What is asked for is demanded.
        "REQUEST gov=demanded : v:demand",
        "REQUEST gov=demanded : v:call(called) for|on",
        "REQUEST gov=demanded : n:call for",
        // "calls from the Iraqi government for the withdrawal": who calls sits between the noun and "for".
        "REQUEST gov=demanded : n:call|n:demand from ~5 for",
        // "the call made on 27 February by its founder": a call someone made or issued is an appeal (a phone call is CONSULT above).
        "REQUEST gov=demanded conf=0.6 : n:call made|issued|launched|renewed|repeated",
        "REQUEST gov=demanded : v:urge(urging)",
        "REQUEST gov=demanded : v:ask",
        "REQUEST gov=demanded : v:request",
        "REQUEST gov=demanded : v:press for",
        "REQUEST gov=demanded conf=0.6 : v:press them|him|her|it|us to",
        "REQUEST gov=demanded : v:appeal to|for",
        "REQUEST gov=demanded : v:insist(insisted) on",
        "REQUEST gov=demanded self=demanded : v:want",
        "REQUEST gov=demanded self=demanded conf=0.6 : v:seek(sought)",
        "REQUEST gov=demanded : v:vote(voted) in favor|favour of",
        "REQUEST gov=demanded : v:vote(voted) for",
        "REQUEST gov=demanded : v:inform ~4 of the n:need|n:necessity",
        "REQUEST gov=demanded conf=0.6 after=must,should : v:tell(told)",

        // REJECT: rejections, refusals, denials. What is refused is denied.
        "REJECT gov=denied : v:reject",
        "REJECT gov=denied : n:rejection",
        "REJECT gov=denied : v:refuse",
        "REJECT gov=denied : n:refusal",
        "REJECT/deny gov=denied : v:deny(denied,denies)",
        "REJECT/deny gov=denied : n:denial",
        "REJECT gov=denied : v:decline(declined) to",
        "REJECT gov=denied : v:oppose",
        "REJECT gov=denied : v:veto(vetoed,vetoes)",
        "REJECT gov=denied : v:dismiss",
        // Distrust of a promise disputes the agreement behind it: "not convinced by their promises",
        // "doubts the pledges", "will not keep its promises".
        "REJECT/agree conf=0.6 : not convinced by ~3 n:promise|n:pledge|n:assurance|n:guarantee|n:commitment",
        "REJECT/agree conf=0.6 : v:doubt(doubted) ~3 n:promise|n:pledge|n:assurance|n:guarantee|n:commitment",
        "REJECT/agree conf=0.6 : not v:keep(kept) ~2 n:promise|n:pledge|n:commitment",
        "REJECT/agree conf=0.6 : not v:honour(honoured)|v:honor(honored) ~2 n:promise|n:pledge|n:commitment",

        // THREATEN: threats, warnings, ultimatums. What is threatened is conditional.
        "THREATEN gov=conditional : v:threaten",
        "THREATEN gov=conditional : v:warn",
        "THREATEN gov=conditional : n:warning",
        "THREATEN gov=conditional : n:ultimatum",

        // ACCUSE: accusations, blame, complaints, condemnation.
        "ACCUSE gov=reported : v:accuse",
        "ACCUSE gov=reported : n:accusation",
        "ACCUSE gov=reported : v:blame",
        "ACCUSE : v:hold(held) ~3 responsible",
        "ACCUSE : v:file(filed) a|an ~1 n:complaint",
        "ACCUSE : v:lodge(lodged) a|an ~1 n:complaint",
        "ACCUSE : v:condemn",
        "ACCUSE : v:denounce",
        "ACCUSE : v:criticize",
        "ACCUSE : v:criticise",

        // ASSAULT: attacks; the mode is the means (set from nearby words too).
        "ASSAULT : v:attack",
        "ASSAULT : n:attack",
        "ASSAULT/aerial : n:airstrike",
        "ASSAULT/aerial : air n:strike",
        "ASSAULT/aerial : drone n:strike|n:attack",
        "ASSAULT/rocket : rocket|rockets|missile|mortar n:attack|n:strike|n:fire",
        "ASSAULT conf=0.6 : n:strike",
        "ASSAULT conf=0.6 : v:strike(struck,striking)",
        "ASSAULT/assassination : n:assassination",
        "ASSAULT/assassination : v:assassinate",
        "ASSAULT : n:killing",
        "ASSAULT : v:kill",
        "ASSAULT : v:drop(dropped,dropping) explosives|bombs",
        "ASSAULT/explosives : v:bomb",
        "ASSAULT/explosives : n:bombing",
        "ASSAULT/rocket : v:shell",
        "ASSAULT/rocket : n:shelling",
        "ASSAULT/rocket : v:fire(fired) ~1 rockets|missiles|mortars|shells",
        "ASSAULT : n:raid",
        "ASSAULT conf=0.6 : targeted|targeting",
        "ASSAULT : n:ambush",
        "ASSAULT : v:ambush(ambushed,ambushes)",
        "ASSAULT conf=0.6 : v:wound",

        // RETREAT: withdrawals, departures, drawdowns, handovers, ending a mission.
        "RETREAT : v:withdraw(withdrew,withdrawn)",
        "RETREAT : n:withdrawal",
        "RETREAT : v:pull(pulled) out|back",
        "RETREAT : v:pull(pulled) ~3 out|back",
        "RETREAT : n:pullout",
        "RETREAT : n:pull-out",
        "RETREAT conf=0.6 : leave|leaves|leaving",
        "RETREAT : n:departure",
        "RETREAT : v:depart",
        "RETREAT : v:exit",
        "RETREAT : v:redeploy",
        "RETREAT : n:redeployment",
        "RETREAT : v:hand(handed) over",
        "RETREAT : n:handover",
        "RETREAT : v:evacuate",
        "RETREAT : n:evacuation",
        "RETREAT : n:drawdown",
        "RETREAT : v:draw(drew,drawn) down",
        "RETREAT conf=0.6 : v:reduce",
        "RETREAT conf=0.6 : n:reduction",
        "RETREAT : v:retreat",
        "RETREAT : v:end(ended) ~3 n:mission|n:presence|n:deployment",
        "RETREAT : the end of ~3 n:mission|n:presence|n:deployment",
        "RETREAT : v:relocate",
        "RETREAT : v:scale(scaled) back|down",
        // Disarming (PLOVER RETREAT: demobilize, disarm): giving up one's own arms however it is told —
        // disarmament, laying down arms, handing over or surrendering weapons, burning or destroying one's own.
        "RETREAT/disarm : n:disarmament",
        "RETREAT/disarm : v:disarm itself|themselves|its|their",
        "RETREAT/disarm : v:lay(laid,laying) down ~2 arms|n:weapon|n:rifle|n:gun",
        "RETREAT/disarm : v:give(gave,given) up ~2 arms|n:weapon|n:rifle|n:gun",
        "RETREAT/disarm : v:surrender ~2 arms|n:weapon|n:rifle|n:gun",
        "RETREAT/disarm : v:hand(handed) over ~2 arms|n:weapon|n:rifle|n:gun",
        "RETREAT/disarm : n:handover of ~2 arms|n:weapon|n:rifle|n:gun",
        "RETREAT/disarm : v:decommission ~2 arms|n:weapon|n:rifle|n:gun",
        "RETREAT/disarm : v:burn(burnt) their|its|his|her|own ~2 arms|n:weapon|n:rifle|n:gun",
        "RETREAT/disarm : set|sets|setting fire to their|its|his|her|own ~2 arms|n:weapon|n:rifle|n:gun",
        "RETREAT/disarm : v:destroy their|its|his|her|own ~2 arms|n:weapon|n:rifle|n:gun",
        // An armed group that dissolves or disbands itself stands down ("decided to dissolve itself").
        "RETREAT/disband : v:dissolve itself|themselves",
        "RETREAT/disband : v:disband",

        // MOBILIZE: deployments and build-ups.
        "MOBILIZE : v:mobilize",
        "MOBILIZE : v:mobilise",
        "MOBILIZE : n:mobilization",
        "MOBILIZE : n:mobilisation",
        "MOBILIZE : v:deploy",
        "MOBILIZE : n:deployment",
        "MOBILIZE : v:send(sent) ~3 n:troop|n:reinforcement|n:fighter|n:soldier",
        "MOBILIZE : n:reinforcement",
        "MOBILIZE : n:buildup",
        "MOBILIZE : n:build-up",
        "MOBILIZE : v:mass(massed,masses) ~2 n:troop|n:force|n:fighter",

        // SANCTION: sanctions, embargoes, boycotts, cutting ties.
        "SANCTION : v:sanction",
        "SANCTION : n:sanction",
        "SANCTION : v:impose ~3 n:sanction|n:embargo|n:tariff",
        "SANCTION : n:embargo",
        "SANCTION : n:boycott",
        "SANCTION : v:boycott",
        "SANCTION : v:suspend ~3 n:aid|n:cooperation|n:tie|n:relation|n:talk",
        "SANCTION : v:close ~3 n:embassy|n:border|n:consulate",
        "SANCTION : v:freeze(froze,frozen,freezing) ~2 n:asset|n:fund",

        // PROTEST: demonstrations and rallies.
        "PROTEST : v:protest",
        "PROTEST : n:protest",
        "PROTEST : v:demonstrate",
        "PROTEST : n:demonstration",
        "PROTEST : n:rally",
        "PROTEST : n:sit-in",

        // SUPPORT: backing and endorsement.
        "SUPPORT : v:support",
        "SUPPORT : n:support",
        "SUPPORT : v:endorse",
        "SUPPORT : v:welcome",
        "SUPPORT : v:praise",
        "SUPPORT : v:back(backed) ~2 the|a|an|its|their",
        "SUPPORT : v:hail",
        "SUPPORT : v:applaud",
        // Calling a move an important step is praise: "called the decision "a historic step"", "described it as a positive move".
        "SUPPORT : v:call(called)|v:describe|v:hail ~4 a|an|as ~2 important|historic|positive|significant|major|welcome n:step|n:move|n:milestone|n:breakthrough|n:achievement",

        // COOPERATE: joint bodies, joint statements, coordination.
        "COOPERATE : v:form ~4 n:committee|n:commission|n:council|n:coalition|n:task|n:alliance",
        "COOPERATE : n:formation of ~4 n:committee|n:commission|n:council|n:coalition|n:alliance",
        "COOPERATE : v:create ~4 n:committee|n:commission|n:mechanism",
        "COOPERATE : v:establish ~4 n:committee|n:commission|n:partnership|n:mechanism|n:relationship",
        "COOPERATE : v:set(setting) up ~4 n:committee|n:commission|n:council|n:mechanism|n:task",
        "COOPERATE : joint n:statement|n:communique|n:declaration|n:patrol|n:exercise|n:operation",
        "COOPERATE : v:cooperate",
        "COOPERATE : n:cooperation",
        "COOPERATE : v:coordinate",
        "COOPERATE conf=0.6 : n:coordination",
        "COOPERATE : v:share ~2 n:intelligence",

        // OTHER: event-like triggers outside the modelled types; the mode names the PLOVER type.
        "OTHER/coerce : v:arrest",
        "OTHER/coerce : n:arrest",
        "OTHER/coerce : v:detain",
        "OTHER/coerce : v:expel(expelled,expelling)",
        "OTHER/coerce : n:expulsion",
        "OTHER/concede : v:release ~3 n:prisoner|n:detainee|n:hostage|n:captive",
        "OTHER/concede : n:release of ~2 n:prisoner|n:detainee|n:hostage|n:captive",
        "OTHER/aid : humanitarian aid",
        // An armed conflict between named sides (PLOVER FIGHT): "the conflict between the group and the state began in 1984".
        "OTHER/fight : n:conflict|n:war between|with|against",
        // A body that presents, submits or delivers its report or findings does what it was set up for ("is expected to present its report by …").
        "OTHER : v:present|v:submit(submitted,submitting)|v:deliver|v:publish|v:issue ~2 n:report|n:finding|n:recommendation",
        "OTHER/concede : v:disarm",
    ];
}
