namespace Chronicle.Core.Tests.Time;

/// <summary>
/// Our own sentences, one or more for every rule of the temporal grammar and resolver: sentence,
/// publication date ("" = unknown), the expected expression text, type, value and modifier ("" = none).
/// 2024-09-19 is a Thursday; 2021-04-15 a Thursday; 1998-02-06 a Friday.
/// </summary>
public static class TimeSentenceCases
{
    public static TheoryData<string, string, string, string, string, string> All() => new()
    {
        // Absolute dates in the common news forms
        { "The ceasefire began on 25 Jan 2024 23:52 local time.", "2024-09-19", "25 Jan 2024 23:52", "TIME", "2024-01-25T23:52", "" },
        { "The vote was held on January 25, 2024, in the capital.", "2024-09-19", "January 25, 2024", "DATE", "2024-01-25", "" },
        { "Talks resumed on Jan. 25, 2024 after a pause.", "2024-09-19", "Jan. 25, 2024", "DATE", "2024-01-25", "" },
        { "The agreement is dated 25/01/2024 in the annex.", "2024-09-19", "25/01/2024", "DATE", "2024-01-25", "" },
        { "The memo dated 03/04/2024 was leaked.", "2024-09-19", "03/04/2024", "DATE", "2024-04-03", "" },
        { "A form dated 04/25/2024 was filed.", "2024-09-19", "04/25/2024", "DATE", "2024-04-25", "" },
        { "The file stamp reads 2024-01-25 at the top.", "2024-09-19", "2024-01-25", "DATE", "2024-01-25", "" },
        { "The minister spoke on 10 January about the bases.", "2024-01-12", "10 January", "DATE", "2024-01-10", "" },
        { "Officials met on the 8th of January to review the plan.", "2024-01-12", "8th of January", "DATE", "2024-01-08", "" },
        { "The force will shrink by September 2025, officials said.", "2024-09-19", "September 2025", "DATE", "2025-09", "ON_OR_BEFORE" },
        { "The coalition was formed in 2014 to fight the group.", "2024-09-19", "2014", "DATE", "2014", "" },
        { "Production fell in fiscal 1998 at the plant.", "1998-02-06", "fiscal 1998", "DATE", "1998", "" },
        { "The movement emerged in the 1990s in the south.", "2024-09-19", "the 1990s", "DATE", "199", "" },
        { "Prices peaked in the mid-1990s before collapsing.", "2024-09-19", "the mid-1990s", "DATE", "199", "MID" },
        { "The bridge was built in the 19th century by engineers.", "2024-09-19", "the 19th century", "DATE", "18", "" },
        { "The old treaty was signed in the nineties.", "2024-09-19", "the nineties", "DATE", "199", "" },
        { "Most troops should leave by the end of 2026.", "2024-09-19", "the end of 2026", "DATE", "2026", "END" },
        { "Growth slowed in mid-2025 across the region.", "2024-09-19", "mid-2025", "DATE", "2025", "MID" },
        { "The plan took shape in early 2023 after the elections.", "2024-09-19", "early 2023", "DATE", "2023", "START" },
        { "In nineteen ninety-six the treaty lapsed.", "2024-09-19", "nineteen ninety-six", "DATE", "1996", "" },
        { "The archive was opened in January nineteen ninety-seven.", "2024-09-19", "January nineteen ninety-seven", "DATE", "1997-01", "" },

        // Months without a year: publication year, tense, and the six-month rule
        { "The truce was reached in October after weeks of strikes.", "2021-04-15", "October", "DATE", "2020-10", "" },
        { "Voters will go to the polls in October, the commission said.", "2021-04-15", "October", "DATE", "2021-10", "" },
        { "Parliament will reconvene in January to debate it.", "2024-09-19", "January", "DATE", "2025-01", "" },
        { "The prime minister started the talks in January.", "2024-09-19", "January", "DATE", "2024-01", "" },
        { "The convoy left at the end of November.", "2024-02-10", "the end of November", "DATE", "2023-11", "END" },
        { "Fighting intensified in late July near the border.", "2024-09-19", "late July", "DATE", "2024-07", "END" },
        { "Rockets have hit the base almost every week since October.", "2024-01-10", "October", "DATE", "2023-10", "ON_OR_AFTER" },
        { "The last soldiers left last October under the deal.", "2024-09-19", "last October", "DATE", "2023-10", "" },
        { "A second phase starts next September, the envoy said.", "2024-09-19", "next September", "DATE", "2025-09", "" },
        { "The ministry said it would publish the list in March this year.", "2024-09-19", "March this year", "DATE", "2024-03", "" },
        { "Inflation hit a peak in June last year.", "2024-09-19", "June last year", "DATE", "2023-06", "" },
        { "She said they may meet soon.", "2024-09-19", "soon", "DATE", "FUTURE_REF", "" },

        // Weekdays by tense; the publication day itself; parts of the day
        { "A senior official told reporters on Saturday that the plan stands.", "2024-09-07", "Saturday", "DATE", "2024-09-07", "" },
        { "The officials confirmed on Friday that a deal was close.", "2024-09-07", "Friday", "DATE", "2024-09-06", "" },
        { "The delegations will meet on Saturday in Baghdad.", "2024-09-19", "Saturday", "DATE", "2024-09-21", "" },
        { "The drone struck the base on Wednesday night.", "2021-04-15", "Wednesday night", "TIME", "2021-04-14TNI", "" },
        { "Leaders gathered on Monday morning for the summit.", "2024-09-19", "Monday morning", "TIME", "2024-09-16TMO", "" },
        { "The envoy arrived last Friday and left.", "2024-09-19", "last Friday", "DATE", "2024-09-13", "" },
        { "The mayor was shot last Oct. 23 outside his home.", "2024-04-19", "last Oct. 23", "DATE", "2023-10-23", "" },
        { "Shares closed at 40 on Friday, down from 44 the previous Friday.", "2024-09-16", "the previous Friday", "DATE", "2024-09-06", "" },
        { "The rebels struck a week or so ago near the dam.", "2024-09-19", "a week or so ago", "DATE", "2024-W37", "APPROX" },
        { "The envoy is expected next Monday for talks.", "2024-09-19", "next Monday", "DATE", "2024-09-23", "" },
        // Future in the past ("would") and plans in progress point forward, as in reported speech.
        { "Aides said the envoy would fly out on Tuesday.", "2024-09-19", "Tuesday", "DATE", "2024-09-24", "" },
        { "The union is planning a strike on Monday at the port.", "2024-09-19", "Monday", "DATE", "2024-09-23", "" },
        { "Farmers announced a march on Saturday and were planning to block the roads.", "2024-09-19", "Saturday", "DATE", "2024-09-21", "" },
        { "Traders are likely to return on Monday after the holiday.", "2024-09-19", "Monday", "DATE", "2024-09-23", "" },
        // Payment and effective dates of filings lie ahead.
        { "The dividend is payable Jan. 15 to holders of record.", "2024-10-30", "Jan. 15", "DATE", "2025-01-15", "" },
        { "The merger becomes effective March 1 under the agreement.", "2024-10-30", "March 1", "DATE", "2025-03-01", "" },
        // A deadline ("by" + month or weekday) lies ahead unless the clause is plainly past.
        { "The lender must repay the bridge loan by February, the filing shows.", "2024-10-30", "February", "DATE", "2025-02", "ON_OR_BEFORE" },
        { "The report must be filed by Friday, the court ruled.", "2024-09-19", "Friday", "DATE", "2024-09-20", "ON_OR_BEFORE" },
        { "The last troops had left by February, the report found.", "2024-10-30", "February", "DATE", "2024-02", "ON_OR_BEFORE" },
        // A plan in the past perfect was overtaken: its date is behind us. "until" bounding a past-perfect clause too.
        { "The bid, since extended, had been due to lapse Friday evening.", "2024-09-16", "Friday evening", "TIME", "2024-09-13TEV", "" },
        { "The ballot had been scheduled to close Wednesday before the court stepped in.", "2024-09-19", "Wednesday", "DATE", "2024-09-18", "" },
        { "Until Tuesday, the police had not named a suspect.", "2024-09-19", "Tuesday", "DATE", "2024-09-17", "ON_OR_BEFORE" },
        // The noun "plan" is no forward cue; the verb ("plans to") is.
        { "The council approved the plan Aug. 14 after a long debate.", "2024-10-30", "Aug. 14", "DATE", "2024-08-14", "" },
        { "The ministry plans to open the bridge on Monday.", "2024-09-19", "Monday", "DATE", "2024-09-23", "" },
        { "The government plans a vote on Friday in the assembly.", "2024-09-19", "Friday", "DATE", "2024-09-20", "" },
        { "The spokesman said on Wednesday that talks continue.", "", "Wednesday", "DATE", "XXXX-WXX-3", "" },
        { "The editorial ran on Thursday, April 6, in print.", "2000-04-07", "Thursday, April 6", "DATE", "2000-04-06", "" },
        { "Markets closed early on Christmas Eve.", "2024-12-28", "Christmas Eve", "DATE", "2024-12-24", "" },
        { "Pilgrims filled the old city as Easter week began.", "2024-03-25", "Easter week", "DATE", "2024-W13", "" },
        { "The shops reopen on Easter Monday after the holiday.", "2024-03-25", "Easter Monday", "DATE", "2024-04-01", "" },
        { "The governor lost his 1996 campaign for a second term.", "2024-09-19", "1996", "DATE", "1996", "" },

        { "Sales rose 8% in the third quarter from last year's quarter, the chain said.", "2024-10-30", "last year's quarter", "DATE", "2023-Q3", "" },

        { "Profit fell in the third quarter; margins were thinner than in the corresponding period last year.", "2024-10-30", "the corresponding period last year", "DATE", "2023-Q3", "" },
        { "Revenue in the second quarter beat the quarter a year ago by a wide margin.", "2024-10-30", "the quarter a year ago", "DATE", "2023-Q2", "" },

        { "The screen went dark for a second or two before the speech resumed.", "2024-09-19", "a second", "DURATION", "PT1S", "" },

        { "Sales slumped for a quarter before the chain recovered.", "2024-09-19", "a quarter", "DURATION", "P1Q", "" },
        { "The ceremony starts at noon in the square.", "2024-09-19", "noon", "TIME", "2024-09-19T12:00", "" },

        // Deictic words and parts of today
        { "Investors cheered yesterday's rate decision.", "2024-09-19", "yesterday", "DATE", "2024-09-18", "" },
        { "Turnout will decide tomorrow's runoff in the north.", "2024-09-19", "tomorrow", "DATE", "2024-09-20", "" },
        { "Analysts blamed the current slump in orders for the cuts.", "2024-09-19", "current", "DATE", "PRESENT_REF", "" },
        { "A recent survey of farmers found wide support.", "2024-09-19", "recent", "DATE", "PAST_REF", "" },
        { "Profit rose in the current quarter, the company said.", "2024-09-19", "the current quarter", "DATE", "2024-Q3", "" },
        { "The committee meets today to review the timetable.", "2024-09-19", "today", "DATE", "2024-09-19", "" },
        { "Rockets hit the airport yesterday, the army said.", "2024-09-19", "yesterday", "DATE", "2024-09-18", "" },
        { "The vote is due tomorrow after a long debate.", "2024-09-19", "tomorrow", "DATE", "2024-09-20", "" },
        { "Protesters gathered in the square this morning.", "2024-09-19", "this morning", "TIME", "2024-09-19TMO", "" },
        { "Explosions were heard last night across the city.", "2024-09-19", "last night", "TIME", "2024-09-18TNI", "" },
        { "The president will speak tonight on television.", "2024-09-19", "tonight", "TIME", "2024-09-19TNI", "" },
        { "The troops are now preparing to leave.", "2024-09-19", "now", "DATE", "PRESENT_REF", "" },
        { "The bases are currently run by both armies.", "2024-09-19", "currently", "DATE", "PRESENT_REF", "" },
        { "The factions have recently stepped up attacks.", "2024-09-19", "recently", "DATE", "PAST_REF", "" },
        { "Meetings will be held in the coming days to finish the text.", "2024-01-25", "the coming days", "DATE", "FUTURE_REF", "" },
        { "No one knows what the future holds for the bases.", "2024-09-19", "the future", "DATE", "FUTURE_REF", "" },
        { "Attacks have grown in recent years across the region.", "2024-09-19", "recent years", "DATE", "PAST_REF", "" },
        { "Strikes have grown in recent weeks along the border.", "2024-09-19", "recent weeks", "DURATION", "PXW", "" },

        // Relative units against the publication time
        { "Last week, the two governments announced an agreement.", "2021-04-15", "Last week", "DATE", "2021-W14", "" },
        { "Several attacks hit bases this week in the west.", "2024-09-19", "this week", "DATE", "2024-W38", "" },
        { "The committee will report next week on progress.", "2024-09-19", "next week", "DATE", "2024-W39", "" },
        { "Reuters reported the deal two weeks ago, citing sources.", "2024-09-19", "two weeks ago", "DATE", "2024-W36", "" },
        { "The group was founded ten years ago in the south.", "2024-09-19", "ten years ago", "DATE", "2014", "" },
        { "He led the truce talks last month with the factions.", "2021-04-15", "last month", "DATE", "2021-03", "" },
        // A "would" after the date is the future of a past moment, not a sign the month lies ahead.
        { "In May, the group announced that it would dissolve.", "2025-07-11", "May", "DATE", "2025-05", "" },
        { "The talks will resume in May, officials said.", "2025-07-11", "May", "DATE", "2026-05", "" },
        { "The rules change next month for all carriers.", "2024-09-19", "next month", "DATE", "2024-10", "" },
        { "The committee was formed last year to discuss the exit.", "2024-09-19", "last year", "DATE", "2023", "" },
        { "Several discussions were held this year about the forces.", "2024-09-19", "this year", "DATE", "2024", "" },
        { "The plan is to finish next year, the ministry said.", "2024-09-19", "next year", "DATE", "2025", "" },
        { "The committee was established late last year by decree.", "2024-01-10", "late last year", "DATE", "2023", "END" },
        { "Exports will recover early next year, analysts expect.", "2024-09-19", "early next year", "DATE", "2025", "START" },
        { "Sales rose earlier this year in the north.", "2024-09-19", "earlier this year", "DATE", "2024", "START" },
        { "The talks are expected to end later this month.", "2024-09-19", "later this month", "DATE", "2024-09", "END" },
        { "Both sides blamed each other over the weekend.", "2024-09-16", "the weekend", "DATE", "2024-W37-WE", "" },
        { "Violence has fallen over the past decade in the city.", "2024-09-19", "the past decade", "DURATION", "P10Y", "" },

        // Narrative anchoring
        { "On 5 January the council met. The next day the decree was published.", "2024-01-10", "The next day", "DATE", "2024-01-06", "" },
        { "The convoy left on 3 March 2023. Two days later it reached the border.", "2024-09-19", "Two days", "DURATION", "P2D", "" },
        { "Talks opened on 3 March 2023. A month later they collapsed.", "2024-09-19", "A month later", "DATE", "2023-04", "" },
        { "The siege ended in 2016. That year the city was rebuilt.", "2024-09-19", "That year", "DATE", "2016", "" },
        { "Last week the deal was announced. The Wednesday statement followed a round of talks.", "2021-04-15", "Wednesday", "DATE", "2021-04-07", "" },
        { "Profit rose in the third quarter. A year earlier it had fallen.", "1989-10-26", "A year earlier", "DATE", "1988-Q3", "" },
        // Only a finished quarter is the one a report is about; an outlook quarter or a comparison year does not replace it.
        { "Profit fell in the third quarter. Analysts see losses through the second quarter of 2025. In the year-ago period it earned more.", "2024-10-30", "the year-ago period", "DATE", "2023-Q3", "" },
        { "Profit rose in the first quarter. In the 2023 period it had fallen. Sales in the quarter were flat.", "2024-05-10", "the quarter", "DATE", "2024-Q1", "" },

        // Quarters, halves, seasons
        { "Profit rose in the third quarter of 1998 at the company.", "1999-02-10", "the third quarter of 1998", "DATE", "1998-Q3", "" },
        { "Third-quarter profit fell sharply at the bank.", "1989-10-26", "Third-quarter", "DATE", "1989-Q3", "" },
        { "Orders fell in the fourth quarter, the firm said.", "1998-01-26", "the fourth quarter", "DATE", "1997-Q4", "" },
        { "Output grew in the first half of 2024 in the region.", "2024-09-19", "the first half of 2024", "DATE", "2024-H1", "" },
        { "Revenue jumped in Q2 2024 after the launch.", "2024-09-19", "Q2 2024", "DATE", "2024-Q2", "" },
        { "Fighting eased during the summer along the front.", "2024-09-19", "the summer", "DATE", "2024-SU", "" },
        { "The offensive began last fall in the north.", "1998-02-06", "last fall", "DATE", "1997-FA", "" },
        { "The treaty was signed in the winter of 2019.", "2024-09-19", "the winter of 2019", "DATE", "2019-WI", "" },
        { "Stocks rallied toward year-end on the exchange.", "2024-09-19", "year-end", "DATE", "2024", "END" },

        // Durations
        { "The agreement follows more than six months of talks.", "2024-09-19", "more than six months", "DURATION", "P6M", "MORE_THAN" },
        { "The partnership follows ten years of joint work.", "2024-09-19", "ten years", "DURATION", "P10Y", "" },
        { "The minister began a two-day visit to Tehran.", "2024-09-19", "two-day", "DURATION", "P2D", "" },
        { "The siege lasted 2 1/2 years before the city fell.", "2024-09-19", "2 1/2 years", "DURATION", "P2Y6M", "" },
        { "The hearing took about five hours in the end.", "2024-09-19", "about five hours", "DURATION", "PT5H", "APPROX" },
        { "The inquiry will take at least 30 days to complete.", "2024-09-19", "at least 30 days", "DURATION", "P30D", "EQUAL_OR_MORE" },
        { "The talks lasted an hour and a half behind closed doors.", "2024-09-19", "an hour and a half", "DURATION", "PT1H30M", "" },
        { "Negotiations could take several months to conclude.", "2024-09-19", "several months", "DURATION", "PXM", "" },
        { "Prices have risen over the past three years in the city.", "2024-09-19", "the past three years", "DURATION", "P3Y", "" },
        { "Results for the first nine months were weak.", "1989-10-26", "the first nine months", "DURATION", "P9M", "" },
        { "The family has lived there for years without papers.", "2024-09-19", "years", "DURATION", "PXY", "" },

        // A reporting year named by its last day is a duration; the day is tagged on its own.
        { "The bank earned $40 million in the year ended March 31, its filing shows.", "2024-10-30", "the year", "DURATION", "P1Y", "" },
        { "Sales grew in the fiscal year ending June 30, the chain said.", "2024-10-30", "the fiscal year", "DURATION", "P1Y", "" },
        { "For the year, shipments of the drug were flat.", "2024-10-30", "the year", "DATE", "2024", "" },

        // Periods around a date, parts of the day after "mid", the year a narrative is in
        { "The hearing may be held the week of March 6, the lawyer said.", "2024-02-20", "the week of March 6", "DATE", "2024-W10", "" },
        { "The day before Tuesday's vote, the mayor resigned.", "2024-09-19", "The day before Tuesday", "DATE", "2024-09-16", "" },
        { "By mid-afternoon yesterday the shares had recovered.", "2024-09-19", "mid-afternoon yesterday", "TIME", "2024-09-18TAF", "MID" },
        { "By mid afternoon the convoy had reached the river.", "2024-09-19", "mid afternoon", "TIME", "2024-09-19TAF", "MID" },
        { "Planting was delayed earlier in the year by floods.", "2024-09-19", "earlier in the year", "DATE", "2024", "START" },
        { "Losses should last through the first two quarters of 2025.", "2024-09-19", "the first two quarters of 2025", "DATE", "2025-H1", "" },
        { "Sales were flat in the last half of the '80s at the firm.", "2024-09-19", "the last half of the '80s", "DATE", "198", "END" },

        { "The delegates meet on April 24 and 25 in the capital.", "2024-02-10", "25", "DATE", "2024-04-25", "" },
        { "The plant will be sold at a later date, the owner said.", "2024-09-19", "a later date", "DATE", "FUTURE_REF", "" },
        { "The then current minister signed the order.", "2024-09-19", "then current", "DATE", "PAST_REF", "" },
        { "Margins may stay thin in coming quarters, analysts said.", "2024-09-19", "coming quarters", "DATE", "FUTURE_REF", "" },
        { "The island has been a colony for almost a hundred years.", "2024-09-19", "almost a hundred years", "DURATION", "P100Y", "LESS_THAN" },
        { "Net fell 5%; in the year-earlier nine months it had risen.", "2024-10-30", "the year-earlier nine months", "DURATION", "P9M", "" },
        { "Profit rose in the third quarter. The firm aims to grow by 2027 and sees gains for the full year.", "2024-10-30", "the full year", "DATE", "2024", "" },
        { "The talks are supposed to end by May, the chairman said two weeks ago.", "2024-03-22", "May", "DATE", "2024-05", "ON_OR_BEFORE" },

        { "Negotiators emerged from a third day-long session without a deal.", "2024-09-19", "day-long", "DURATION", "P1D", "" },
        { "On Friday the market fell. Dealers sold heavily in the morning.", "2024-09-16", "the morning", "TIME", "2024-09-13TMO", "" },
        { "The convoy will leave at 4 in the morning, officials said.", "2024-09-19", "4 in the morning", "TIME", "2024-09-19T04:00", "" },

        // Sets
        { "Resistance groups attacked the bases on a near-daily basis.", "2024-01-10", "near-daily", "SET", "P1D", "" },
        { "The report is published annually by the ministry.", "2024-09-19", "annually", "SET", "P1Y", "" },
        { "The committee meets every week in Baghdad.", "2024-09-19", "every week", "SET", "P1W", "" },
        { "Inspectors visit every Monday to check the site.", "2024-09-19", "every Monday", "SET", "XXXX-WXX-1", "" },
        { "The ferry sails on Tuesday nights from the island.", "2024-09-19", "Tuesday nights", "SET", "XXXX-WXX-2TNI", "" },
        { "Buses leave on Monday and Tuesday nights from the depot.", "2024-09-19", "Monday", "SET", "XXXX-WXX-1TNI", "" },
        { "Convoys leave twice a week from the base.", "2024-09-19", "a week", "SET", "P1W", "" },
        { "Margins fell to 4% from 6% a year earlier, the company said.", "2024-09-19", "a year earlier", "DATE", "2023", "" },
        { "The siege began in the winter of nineteen ninety-four.", "2024-09-19", "the winter of nineteen ninety-four", "DATE", "1994-WI", "" },

        // Clock times
        { "The blast happened at 10:35 a.m. near the embassy.", "1998-08-07", "10:35 a.m.", "TIME", "1998-08-07T10:35", "" },
        { "The deadline expired at 9 p.m. Tuesday for the faction.", "2024-09-19", "9 p.m. Tuesday", "TIME", "2024-09-17T21:00", "" },
        { "The faction must answer by 9 p.m. Tuesday, the envoy will say.", "2024-09-16", "9 p.m. Tuesday", "TIME", "2024-09-17T21:00", "ON_OR_BEFORE" },
        { "The market opens at noon tomorrow, officials said.", "2024-09-19", "noon tomorrow", "TIME", "2024-09-20T12:00", "" },

        // Unknown publication time: relative values stay underspecified
        { "The committee was formed last year to discuss the exit.", "", "last year", "DATE", "XXXX", "" },
        { "Reuters reported the deal two weeks ago.", "", "two weeks ago", "DATE", "XXXX-WXX", "" },
        { "The truce was reached in October.", "", "October", "DATE", "XXXX-10", "" },
        { "The treaty of 2015 still stands.", "", "2015", "DATE", "2015", "" },
    };
}
