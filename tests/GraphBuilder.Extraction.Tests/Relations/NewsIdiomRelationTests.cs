using GraphBuilder.Extraction.Coreference;
using GraphBuilder.Extraction.Documents;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Extraction.Typing;
using GraphBuilder.Graph.Model;
using GraphBuilder.Nlp;
using GraphBuilder.Nlp.Models;
using GraphBuilder.Testing.Builders;
using GraphBuilder.Testing.Files;

namespace GraphBuilder.Extraction.Tests.Relations;

/// <summary>The ways news states the relation vocabulary (issue 10), and the readings it must not give.</summary>
public sealed class NewsIdiomRelationTests
{
    [Theory]
    [InlineData("Senator Ruth Avila called on Mayor Grace Okafor to resign.", "Ruth Avila:Person|Grace Okafor:Person", RelationKind.Criticized, "Ruth Avila", "Grace Okafor")]
    [InlineData("Greenpeace called for Tomas Reyes's resignation after the spill.", "Greenpeace:Organization|Tomas Reyes:Person", RelationKind.Criticized, "Greenpeace", "Tomas Reyes")]
    [InlineData("The Harbor Teachers Union demanded the resignation of Oliver Grant.", "Harbor Teachers Union:Organization|Oliver Grant:Person", RelationKind.Criticized, "Harbor Teachers Union", "Oliver Grant")]
    [InlineData("Mark Ellison demanded that Oliver Grant resign from the Harbor Council.", "Mark Ellison:Person|Oliver Grant:Person|Harbor Council:Organization", RelationKind.Criticized, "Mark Ellison", "Oliver Grant")]
    [InlineData("Maria Alvarez lashed out at Northwind Energy over the delays.", "Maria Alvarez:Person|Northwind Energy:Organization", RelationKind.Criticized, "Maria Alvarez", "Northwind Energy")]
    [InlineData("Jon Alden, a longtime critic of the Liberal Democrats, left early.", "Jon Alden:Person|Liberal Democrats:Organization", RelationKind.Criticized, "Jon Alden", "Liberal Democrats")]
    [InlineData("Mayor Grace Okafor thanked Helen Park for her leadership during the floods.", "Grace Okafor:Person|Helen Park:Person", RelationKind.Supported, "Grace Okafor", "Helen Park")]
    [InlineData("Helen Park praised Oliver Grant for his handling of the crisis.", "Helen Park:Person|Oliver Grant:Person", RelationKind.Supported, "Helen Park", "Oliver Grant")]
    [InlineData("The Green Party threw its support behind Rosa Diaz.", "Green Party:Organization|Rosa Diaz:Person", RelationKind.Supported, "Green Party", "Rosa Diaz")]
    [InlineData("Ana Costa won the backing of Luis Ortega.", "Ana Costa:Person|Luis Ortega:Person", RelationKind.Supported, "Luis Ortega", "Ana Costa")]
    [InlineData("Helen Park urged Oliver Grant to run for a second term.", "Helen Park:Person|Oliver Grant:Person", RelationKind.Supported, "Helen Park", "Oliver Grant")]
    [InlineData("Brightwater Bank's rival Harbor Trust reported higher profits.", "Brightwater Bank:Organization|Harbor Trust:Organization", RelationKind.CompetedWith, "Brightwater Bank", "Harbor Trust")]
    [InlineData("Coastline Power, a rival of Northwind Energy, posted a profit.", "Coastline Power:Organization|Northwind Energy:Organization", RelationKind.CompetedWith, "Coastline Power", "Northwind Energy")]
    [InlineData("Helen Park, Oliver Grant's challenger, conceded on Tuesday night.", "Helen Park:Person|Oliver Grant:Person", RelationKind.CompetedWith, "Helen Park", "Oliver Grant")]
    [InlineData("Luis Ortega and Ana Costa, rivals for the nomination, both claimed victory.", "Luis Ortega:Person|Ana Costa:Person", RelationKind.CompetedWith, "Luis Ortega", "Ana Costa")]
    [InlineData("Ana Costa edged out Luis Ortega to win the seat.", "Ana Costa:Person|Luis Ortega:Person", RelationKind.CompetedWith, "Ana Costa", "Luis Ortega")]
    [InlineData("Maria Alvarez will face Tomas Reyes in the final debate.", "Maria Alvarez:Person|Tomas Reyes:Person", RelationKind.CompetedWith, "Maria Alvarez", "Tomas Reyes")]
    [InlineData("Rosa Diaz was named interim president of the Harbor Teachers Union.", "Rosa Diaz:Person|Harbor Teachers Union:Organization", RelationKind.Leads, "Rosa Diaz", "Harbor Teachers Union")]
    [InlineData("Northwind Energy named Julia Brandt as interim chief executive on Friday.", "Northwind Energy:Organization|Julia Brandt:Person", RelationKind.Leads, "Julia Brandt", "Northwind Energy")]
    [InlineData("Acting Mayor Lisa Grant of Port Elena ordered an inquiry.", "Lisa Grant:Person|Port Elena:Location", RelationKind.Leads, "Lisa Grant", "Port Elena")]
    [InlineData("Port Elena's acting mayor, Tom Hale, declared a state of emergency.", "Port Elena:Location|Tom Hale:Person", RelationKind.Leads, "Tom Hale", "Port Elena")]
    [InlineData("Prime Minister Ingrid Solberg will chair the Oslo Climate Summit next month.", "Ingrid Solberg:Person|Oslo Climate Summit:Event", RelationKind.Leads, "Ingrid Solberg", "Oslo Climate Summit")]
    [InlineData("The Madrid Energy Summit will be chaired by Pablo Ruiz, the energy minister.", "Madrid Energy Summit:Event|Pablo Ruiz:Person", RelationKind.Leads, "Pablo Ruiz", "Madrid Energy Summit")]
    [InlineData("Oliver Grant stepped down as chairman of the Harbor Council.", "Oliver Grant:Person|Harbor Council:Organization", RelationKind.Leads, "Oliver Grant", "Harbor Council")]
    [InlineData("Nadia Rahman, the Labour MP for Leith, has called on Fiona MacLeod to resign.", "Nadia Rahman:Person|Labour:Organization|Leith:Location|Fiona MacLeod:Person", RelationKind.Criticized, "Nadia Rahman", "Fiona MacLeod")]
    [InlineData("Nadia Rahman, the Labour MP for Leith, has called on Fiona MacLeod to resign.", "Nadia Rahman:Person|Labour:Organization|Leith:Location|Fiona MacLeod:Person", RelationKind.MemberOf, "Nadia Rahman", "Labour")]
    [InlineData("Greens senator Jordan Ellery called on Craig Hollis to stand aside until the inquiry was finished.", "Jordan Ellery:Person|Craig Hollis:Person", RelationKind.Criticized, "Jordan Ellery", "Craig Hollis")]
    [InlineData("Anne Leclerc, who has led the Harbor Drivers Union since 2019, said members would vote.", "Anne Leclerc:Person|Harbor Drivers Union:Organization", RelationKind.Leads, "Anne Leclerc", "Harbor Drivers Union")]
    [InlineData("Liam Walsh will step down as general manager of the Harbor Transit Authority.", "Liam Walsh:Person|Harbor Transit Authority:Organization", RelationKind.Leads, "Liam Walsh", "Harbor Transit Authority")]
    [InlineData("Giulia Conti resigned on Monday as president of the Lagoon Film Festival.", "Giulia Conti:Person|Lagoon Film Festival:Event", RelationKind.ResignedFrom, "Giulia Conti", "Lagoon Film Festival")]
    [InlineData("Giulia Conti resigned on Monday as president of the Lagoon Film Festival.", "Giulia Conti:Person|Lagoon Film Festival:Event", RelationKind.Leads, "Giulia Conti", "Lagoon Film Festival")]
    [InlineData("Ana Wolska thanked the festival's director, Stefan Majewski, for giving the film a home.", "Ana Wolska:Person|Stefan Majewski:Person", RelationKind.Supported, "Ana Wolska", "Stefan Majewski")]
    [InlineData("Ana Wolska withdrew her documentary \"The Salt Roads\" from the festival.", "Ana Wolska:Person|The Salt Roads:Work", RelationKind.Created, "Ana Wolska", "The Salt Roads")]
    [InlineData("Oliver Grant resigned on Friday as chief executive of Calder Motors.", "Oliver Grant:Person|Calder Motors:Organization", RelationKind.Leads, "Oliver Grant", "Calder Motors")]
    [InlineData("Ruth Avila called on Oliver Grant to resign as chief executive of Calder Motors.", "Ruth Avila:Person|Oliver Grant:Person|Calder Motors:Organization", RelationKind.Leads, "Oliver Grant", "Calder Motors")]
    [InlineData("Senator Ruth Avila said in an interview on CNN's Sunday show that the bill would pass.", "Ruth Avila:Person|CNN:Organization", RelationKind.Interviewed, "CNN", "Ruth Avila")]
    [InlineData("Mark Ellison told the BBC in an interview that he regretted the decision.", "Mark Ellison:Person|BBC:Organization", RelationKind.Interviewed, "BBC", "Mark Ellison")]
    [InlineData("Speaking in an interview with Sky News, Tomas Berg defended the merger.", "Sky News:Organization|Tomas Berg:Person", RelationKind.Interviewed, "Sky News", "Tomas Berg")]
    [InlineData("Labour lawmaker Peter Finch asked the minister to explain the delay.", "Labour:Organization|Peter Finch:Person", RelationKind.MemberOf, "Peter Finch", "Labour")]
    [InlineData("\"Declan Moriarty has treated the supporters of this club with contempt,\" Gallagher told the meeting.", "Declan Moriarty:Person|Gallagher:Person", RelationKind.Criticized, "Gallagher", "Declan Moriarty")]
    [InlineData("“Harbor Council betrayed every one of us,” Ann Lee said.", "Harbor Council:Organization|Ann Lee:Person", RelationKind.Criticized, "Ann Lee", "Harbor Council")]
    [InlineData("The rider finished 14 seconds ahead of Spain's Tomás Arrieta.", "Spain:Location|Tomás Arrieta:Person", RelationKind.CitizenOf, "Tomás Arrieta", "Spain")]
    [InlineData("Speaking to Reuters, Ann Lee said the plan was sound.", "Reuters:Organization|Ann Lee:Person", RelationKind.Interviewed, "Reuters", "Ann Lee")]
    [InlineData("Speaking on RTÉ Radio 1's Morning Ireland, Keane said she had learned of the sale.", "RTÉ Radio 1:Organization|Morning Ireland:Work|Keane:Person", RelationKind.Interviewed, "RTÉ Radio 1", "Keane")]
    [InlineData("Fianna Fáil TD Conor Brady attended the meeting.", "Fianna Fáil:Organization|Conor Brady:Person", RelationKind.MemberOf, "Conor Brady", "Fianna Fáil")]
    [InlineData("Brady, the Fianna Fáil TD for the area, was disappointed.", "Brady:Person|Fianna Fáil:Organization", RelationKind.MemberOf, "Brady", "Fianna Fáil")]
    [InlineData("Lena Fischer, who sits on the Harbor Council, raised the issue.", "Lena Fischer:Person|Harbor Council:Organization", RelationKind.MemberOf, "Lena Fischer", "Harbor Council")]
    [InlineData("Ana Costa and Helen Park met privately after the ceremony.", "Ana Costa:Person|Helen Park:Person", RelationKind.Met, "Ana Costa", "Helen Park")]
    [InlineData("Ruth Avila sat down with Kenji Mori in Tokyo last week.", "Ruth Avila:Person|Kenji Mori:Person", RelationKind.Met, "Ruth Avila", "Kenji Mori")]
    [InlineData("Grace Okafor announced her resignation from the Harbor Council.", "Grace Okafor:Person|Harbor Council:Organization", RelationKind.ResignedFrom, "Grace Okafor", "Harbor Council")]
    [InlineData("Grace Okafor's husband, Daniel Okafor, declined to comment.", "Grace Okafor:Person|Daniel Okafor:Person", RelationKind.RelatedTo, "Grace Okafor", "Daniel Okafor")]
    [InlineData("Kharkiv, a city in eastern Ukraine, came under fire overnight.", "Kharkiv:Location|Ukraine:Location", RelationKind.LocatedIn, "Kharkiv", "Ukraine")]
    [InlineData("Harbor Council communications director James Okoro said the vote would go ahead.", "Harbor Council:Organization|James Okoro:Person", RelationKind.WorksFor, "James Okoro", "Harbor Council")]
    [InlineData("Northwind Energy's communications director, Rafael Soto, had no comment.", "Northwind Energy:Organization|Rafael Soto:Person", RelationKind.WorksFor, "Rafael Soto", "Northwind Energy")]
    [InlineData("Helena Marsh, the chief financial officer of Calder Motors, told analysts that sales had slowed.", "Helena Marsh:Person|Calder Motors:Organization", RelationKind.WorksFor, "Helena Marsh", "Calder Motors")]
    [InlineData("Sofia Ramos, director of research at the Brightwater Institute, led the study.", "Sofia Ramos:Person|Brightwater Institute:Organization", RelationKind.WorksFor, "Sofia Ramos", "Brightwater Institute")]
    [InlineData("Press officer Hannah Vogel of the Harbor Police said two people were arrested.", "Hannah Vogel:Person|Harbor Police:Organization", RelationKind.WorksFor, "Hannah Vogel", "Harbor Police")]
    [InlineData("Conservative MP Gurpreet Sandhu, his party's transport critic, called on Rajesh Menon to resign.", "Conservative:Organization|Gurpreet Sandhu:Person|Rajesh Menon:Person", RelationKind.Criticized, "Gurpreet Sandhu", "Rajesh Menon")]
    [InlineData("Ingrid Solberg, a 22-year veteran of Cascadia Air, declared an emergency.", "Ingrid Solberg:Person|Cascadia Air:Organization", RelationKind.WorksFor, "Ingrid Solberg", "Cascadia Air")]
    [InlineData("Marcus Leung, who heads the TSB team in Kelowna, said the engine had been inspected.", "Marcus Leung:Person|TSB:Organization|Kelowna:Location", RelationKind.WorksFor, "Marcus Leung", "TSB")]
    [InlineData("Lumenstack, which was founded in 2021 and is backed by Greyhawk Ventures, said it would fight the suit.", "Lumenstack:Organization|Greyhawk Ventures:Organization", RelationKind.Supported, "Greyhawk Ventures", "Lumenstack")]
    [InlineData("Halvard Aerospace, founded in 2019, has raised about 180 million euros, including a 40 million euro grant from the German Aerospace Center.", "Halvard Aerospace:Organization|German Aerospace Center:Organization", RelationKind.Supported, "German Aerospace Center", "Halvard Aerospace")]
    [InlineData("The resignation of Sibaya Water chief executive Thandiwe Mokoena does not end the matter.", "Sibaya Water:Organization|Thandiwe Mokoena:Person", RelationKind.ResignedFrom, "Thandiwe Mokoena", "Sibaya Water")]
    [InlineData("Naledi Khumalo renewed calls for Mayor Sipho Ndlovu to resign.", "Naledi Khumalo:Person|Sipho Ndlovu:Person", RelationKind.Criticized, "Naledi Khumalo", "Sipho Ndlovu")]
    [InlineData("The Harbor Teachers Union called for the resignation of Calder Motors chief executive Helena Marsh.", "Harbor Teachers Union:Organization|Calder Motors:Organization|Helena Marsh:Person", RelationKind.Criticized, "Harbor Teachers Union", "Helena Marsh")]
    [InlineData("Sofia Lindgren, a neurologist at Karolinska University Hospital who leads the trial's Swedish arm, spoke.", "Sofia Lindgren:Person|Karolinska University Hospital:Organization", RelationKind.WorksFor, "Sofia Lindgren", "Karolinska University Hospital")]
    [InlineData("Veltris is racing rival Norvance Bio to bring a monthly injection to market.", "Veltris:Organization|Norvance Bio:Organization", RelationKind.CompetedWith, "Veltris", "Norvance Bio")]
    [InlineData("Rhine Capital, Veltris's largest shareholder, said it backed the plan.", "Rhine Capital:Organization|Veltris:Organization", RelationKind.Supported, "Rhine Capital", "Veltris")]
    [InlineData("The Harbor Union called for Tomas Reyes to step down.", "Harbor Union:Organization|Tomas Reyes:Person", RelationKind.Criticized, "Harbor Union", "Tomas Reyes")]
    [InlineData("Naledi Khumalo, who leads the People's Congress Movement caucus in the city council, spoke.", "Naledi Khumalo:Person|People's Congress Movement:Organization", RelationKind.MemberOf, "Naledi Khumalo", "People's Congress Movement")]
    [InlineData("Issued by Naledi Khumalo, PCM caucus leader, Pietermaritzburg City Council", "Naledi Khumalo:Person|PCM:Organization|Pietermaritzburg City Council:Organization", RelationKind.MemberOf, "Naledi Khumalo", "PCM")]
    [InlineData("PCM caucus leader Naledi Khumalo spoke.", "PCM:Organization|Naledi Khumalo:Person", RelationKind.MemberOf, "Naledi Khumalo", "PCM")]
    [InlineData("Sibaya Water's board named its chief operating officer, Pieter van Wyk, as acting chief executive.", "Sibaya Water:Organization|Pieter van Wyk:Person", RelationKind.Leads, "Pieter van Wyk", "Sibaya Water")]
    [InlineData("Lucas Verhoeven won the five-day race last month, finishing 14 seconds ahead of Spain's Tomás Arrieta.", "Lucas Verhoeven:Person|Spain:Location|Tomás Arrieta:Person", RelationKind.CompetedWith, "Lucas Verhoeven", "Tomás Arrieta")]
    [InlineData("Lumenstack competes with Quillon, a Seattle startup that signed licensing deals last year.", "Lumenstack:Organization|Quillon:Organization|Seattle:Location", RelationKind.BasedIn, "Quillon", "Seattle")]
    [InlineData("Daniel Osei, a partner at Barrett & Lowe LLP who represents the guild, called the ruling a win.", "Daniel Osei:Person|Barrett & Lowe LLP:Organization", RelationKind.WorksFor, "Daniel Osei", "Barrett & Lowe LLP")]
    [InlineData("The mayor arrived late, said Tom Hale, Port Elena's acting mayor.", "Tom Hale:Person|Port Elena:Location", RelationKind.Leads, "Tom Hale", "Port Elena")]
    [InlineData("Rafael Soto, Northwind's communications director, said the plan was sound.", "Rafael Soto:Person|Northwind:Organization", RelationKind.WorksFor, "Rafael Soto", "Northwind")]
    [InlineData("Calder Motors has hired former regulator Paul Dune to run its safety unit.", "Calder Motors:Organization|Paul Dune:Person", RelationKind.WorksFor, "Paul Dune", "Calder Motors")]
    [InlineData("The Justice Department charged Victor Hale with fraud.", "Justice Department:Organization|Victor Hale:Person", RelationKind.Accused, "Justice Department", "Victor Hale")]
    [InlineData("Greenpeace has vowed to fight Northwind Energy in court.", "Greenpeace:Organization|Northwind Energy:Organization", RelationKind.Opposed, "Greenpeace", "Northwind Energy")]
    [InlineData("Lena Vos, a Dutch citizen, was detained in Cairo.", "Lena Vos:Person|Dutch:Other|Cairo:Location", RelationKind.CitizenOf, "Lena Vos", "Dutch")]
    [InlineData("Julia Brandt was sworn in as president of the Harbor Council on Monday.", "Julia Brandt:Person|Harbor Council:Organization", RelationKind.Leads, "Julia Brandt", "Harbor Council")]
    [InlineData("Maria Alvarez married Tomas Reyes in 2010.", "Maria Alvarez:Person|Tomas Reyes:Person", RelationKind.RelatedTo, "Maria Alvarez", "Tomas Reyes")]
    [InlineData("Oliver Grant, who divorced Helen Park last year, remarried.", "Oliver Grant:Person|Helen Park:Person", RelationKind.RelatedTo, "Oliver Grant", "Helen Park")]
    [InlineData("Tom Hale, 45, of Springfield, was charged with arson.", "Tom Hale:Person|Springfield:Location", RelationKind.LivesIn, "Tom Hale", "Springfield")]
    [InlineData("His wife, Ana Reyes, 38, from Perth, was not hurt.", "Ana Reyes:Person|Perth:Location", RelationKind.LivesIn, "Ana Reyes", "Perth")]
    [InlineData("WikiLeaks published the Harbor Files on Tuesday.", "WikiLeaks:Organization|Harbor Files:Work", RelationKind.Published, "WikiLeaks", "Harbor Files")]
    [InlineData("Ida Brandt, the author of Winter in Harbour Town, signed copies.", "Ida Brandt:Person|Winter in Harbour Town:Work", RelationKind.Created, "Ida Brandt", "Winter in Harbour Town")]
    [InlineData("Ana Costa, the health secretary, said in a statement that the board had full confidence in Tomas Reyes.", "Ana Costa:Person|Tomas Reyes:Person", RelationKind.Supported, "Ana Costa", "Tomas Reyes")]
    [InlineData("The Harbor Council has full confidence in Julia Brandt.", "Harbor Council:Organization|Julia Brandt:Person", RelationKind.Supported, "Harbor Council", "Julia Brandt")]
    [InlineData("The NCSC later blamed the attack on BlackHarrow, a ransomware gang.", "NCSC:Organization|BlackHarrow:Organization", RelationKind.Accused, "NCSC", "BlackHarrow")]
    [InlineData("Greenpeace blamed the spill on Northwind Energy.", "Greenpeace:Organization|Northwind Energy:Organization", RelationKind.Accused, "Greenpeace", "Northwind Energy")]
    [InlineData("The NCSC has said that a criminal group known as BlackHarrow is responsible.", "NCSC:Organization|BlackHarrow:Organization", RelationKind.Accused, "NCSC", "BlackHarrow")]
    [InlineData("The attack was carried out by BlackHarrow, the National Cyber Security Centre has said.", "BlackHarrow:Organization|National Cyber Security Centre:Organization", RelationKind.Accused, "National Cyber Security Centre", "BlackHarrow")]
    [InlineData("\"They took their time,\" said Priyanka Shah, Ironclad's founder and chief executive.", "Priyanka Shah:Person|Ironclad:Organization", RelationKind.Leads, "Priyanka Shah", "Ironclad")]
    [InlineData("The SFO alleges Grant Maddox paid for fishing trips to Fiji.", "SFO:Organization|Grant Maddox:Person", RelationKind.Accused, "SFO", "Grant Maddox")]
    [InlineData("Aroha Ngata has demanded that Mayor Tania Whitcombe stand aside until the case is over.", "Aroha Ngata:Person|Tania Whitcombe:Person", RelationKind.Criticized, "Aroha Ngata", "Tania Whitcombe")]
    [InlineData("Harbourline won the contract ahead of Kowhai Engineering.", "Harbourline:Organization|Kowhai Engineering:Organization", RelationKind.CompetedWith, "Harbourline", "Kowhai Engineering")]
    [InlineData("Kowhai Engineering went up against Harbourline Civil for the seawall job.", "Kowhai Engineering:Organization|Harbourline Civil:Organization", RelationKind.CompetedWith, "Kowhai Engineering", "Harbourline Civil")]
    [InlineData("Mayor Tania Whitcombe said the Ahuriri District Council had co-operated fully.", "Tania Whitcombe:Person|Ahuriri District Council:Organization", RelationKind.Leads, "Tania Whitcombe", "Ahuriri District Council")]
    [InlineData("Ahuriri Mayor Tania Whitcombe spoke. The Ahuriri District Council met later.", "Ahuriri:Location|Tania Whitcombe:Person|Ahuriri District Council:Organization", RelationKind.Leads, "Tania Whitcombe", "Ahuriri District Council")]
    [InlineData("FreshKart co-founder and chief executive Ananya Iyer said the deal would go ahead.", "FreshKart:Organization|Ananya Iyer:Person", RelationKind.Leads, "Ananya Iyer", "FreshKart")]
    [InlineData("Suresh Bansal heads the All India Kirana Traders Federation.", "Suresh Bansal:Person|All India Kirana Traders Federation:Organization", RelationKind.Leads, "Suresh Bansal", "All India Kirana Traders Federation")]
    public void Process_NewsIdiom_FindsTheStatedRelation(string text, string entities, RelationKind kind, string source, string target)
    {
        var document = Patterns(Mark(text, entities));

        document.Relations.ShouldContain(
            r => r.Kind == kind
                && document.Slice(document.Entities[r.Source].Span) == source
                && document.Slice(document.Entities[r.Target].Span) == target
                && r.Confidence >= 0.5,
            Describe(document));
    }

    [Fact]
    public void Extract_AbbreviatedTitleBeforeAName_LeadsThePlace()
    {
        // The fast recogniser does not find "Oregon" here; the accurate one does.
        var draft = ShippedExtractors.Extract("accurate", "Oregon Gov. Dana Whitfield declared a state of emergency on Saturday.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Leads
            && draft.Entities[r.Source].Name == "Dana Whitfield"
            && draft.Entities[r.Target].Name == "Oregon");
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_NameClosingARelativeClause_IsNotTheSubjectOfTheVerbAfterIt(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "The Harbor Council, which signs contracts for the Northwind Energy Group, has accused Tom Barr of fraud.");

        draft.Relations.Where(r => r.Type == RelationKind.Accused).Select(r => (draft.Entities[r.Source].Name, draft.Entities[r.Target].Name))
            .ShouldBe([("Harbor Council", "Tom Barr")]);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_RegionsDemonymBeforeATitleAndAName_LeadsTheRegion(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, "Western Australian Premier Anika Desai said her government would hold an independent inquiry.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Leads
            && draft.Entities[r.Source].Name == "Anika Desai"
            && draft.Entities[r.Target].Name == "Western Australia");
    }

    [Theory]
    [InlineData("Teifi Valley Health Board cancelled clinics on Monday. Staff were told to use paper. Patients were sent home. Ambulances were diverted.\n\nMartin Holt, the health board's director of digital services, has resigned.")]
    [InlineData("Teifi Valley Health Board cancelled clinics on Monday. Staff were told to use paper. Patients were sent home. Ambulances were diverted.\n\nThe resignation of Martin Holt, the board's head of digital services, has not ended the row.")]
    public void Extract_ResignationAcrossAnApposedRoleOfTheArticlesOnlyBoard_IsAResignationFromIt(string text)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Relations.ShouldContain(r => r.Type == RelationKind.ResignedFrom && draft.Entities[r.Source].Name == "Martin Holt" && draft.Entities[r.Target].Name == "Teifi Valley Health Board");
    }

    [Theory]
    [InlineData("Senedd questions\n\nRhian Pritchard: I thank the chief executive, Gareth Llewellyn, and his staff.\n\nDafydd Morgan MS: The Cabinet Secretary says she has full confidence in the Harbor Council.")]
    [InlineData("Senedd questions\n\nDafydd Morgan MS: Last week she told us she had full confidence in the Harbor Council.")]
    public void Extract_ConfidenceAfterASpeakersLabel_IsNotTheSpeakers(string text)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Supported && draft.Entities[r.Target].Name == "Harbor Council", string.Join("; ", draft.Relations.Select(r => $"{draft.Entities[r.Source].Name} {r.Type} {draft.Entities[r.Target].Name}")));
    }

    [Theory]
    [InlineData("The health secretary, Ana Costa, said in a statement that she had full confidence in Tomas Reyes and his team.", "Ana Costa", "Tomas Reyes")]
    [InlineData("The Harbor Council expressed its continued confidence in Julia Brandt on Monday.", "Harbor Council", "Julia Brandt")]
    public void Extract_ConfidenceStatedThroughAPronoun_IsTheAntecedentsSupport(string text, string source, string target)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Supported && draft.Entities[r.Source].Name == source && draft.Entities[r.Target].Name == target);
    }

    [Theory]
    // "Bremen" stands inside the description, not between it and the funder.
    [InlineData(
        "Halvard Aerospace flew its rocket on Tuesday. The Bremen-based company has received a grant from the German Aerospace Center.",
        RelationKind.Supported, "German Aerospace Center", "Halvard Aerospace")]
    // A job inside the company the story is about, given without it.
    [InlineData(
        "A rocket built by Halvard Aerospace failed on Tuesday, Halvard said. The company has flown twice. "
            + "Launch director Rune Hovland said telemetry showed a pressure drop.",
        RelationKind.WorksFor, "Rune Hovland", "Halvard Aerospace")]
    // The opening's description of the person the next sentence names.
    [InlineData(
        "BERLIN - Halvard Aerospace said on Monday that its next launch would slip to 2027, and a German lawmaker criticised the "
            + "company's handling of the failure.\n\nPetra Lange, a Greens member of the Bundestag, said Halvard had been too slow.",
        RelationKind.Criticized, "Petra Lange", "Halvard Aerospace")]
    public void Extract_StoryStatingARelationAcrossADescription_FindsIt(string text, RelationKind kind, string source, string target)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Relations.ShouldContain(r => r.Type == kind && draft.Entities[r.Source].Name == source && draft.Entities[r.Target].Name == target);
    }

    [Theory]
    [InlineData("Halvard Aerospace bid on Tuesday, the company said. Calder Motors bid too, and Calder Motors said it would win. Launch director Rune Hovland said the bids were close.")]
    [InlineData("A rocket built by Halvard Aerospace failed on Tuesday, Halvard said. The company has flown twice. Film director Rune Hovland said the launch was beautiful.")]
    [InlineData("A rocket built by Halvard Aerospace failed on Tuesday, Halvard said. Halvard has flown twice. Launch director Rune Hovland said telemetry showed a pressure drop.")]
    public void Extract_JobWithoutItsCompanyInAStoryOfTwoOrAboutAnOutsider_IsNoEmployment(string text)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.WorksFor && draft.Entities[r.Source].Name == "Rune Hovland");
    }

    [Theory]
    [InlineData("BERLIN - Halvard Aerospace said on Monday that its next launch would slip to 2027, and a German lawmaker criticised the "
        + "company's handling of the failure.\n\nPetra Lange said Halvard had been too slow.")]
    [InlineData("Halvard Aerospace flew on Monday. The rocket failed. Engineers were puzzled. Investors were calm. A German lawmaker criticised "
        + "Halvard Aerospace.\n\nPetra Lange, a Greens member of the Bundestag, said Halvard had been too slow.")]
    public void Extract_DescriptionNotOpeningTheStoryOrNotNamedNext_IsNoOne(string text)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Criticized && draft.Entities[r.Source].Name == "Petra Lange");
    }

    [Theory]
    [InlineData("Bethan Rees, Unison's regional organiser for west Wales, told us the staff were working blind.")]
    [InlineData("Nadia Rahman, the Labour MP for Leith, told us the staff were working blind.")]
    public void Extract_PlaceAJobIsFor_IsNoResidenceOrBase(string text)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.LivesIn || r.Type == RelationKind.BasedIn, string.Join("; ", draft.Relations.Select(r => $"{draft.Entities[r.Source].Name} {r.Type} {draft.Entities[r.Target].Name}")));
    }

    [Theory]
    [InlineData("The National Health Service in England has been advised to review remote access to its networks, the NCSC said.")]
    [InlineData("The National Health Service in England has been advised to review remote access to its networks, the NCSC said on Monday.")]
    public void Extract_SourceClosingTheSentence_HasNoRelationToWhatItReports(string text)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Relations.ShouldNotContain(r => draft.Entities[r.Source].Name == "NCSC" || draft.Entities[r.Target].Name == "NCSC", string.Join("; ", draft.Relations.Select(r => $"{draft.Entities[r.Source].Name} {r.Type} {draft.Entities[r.Target].Name}")));
        draft.Relations.ShouldContain(r => r.Type == RelationKind.BasedIn && draft.Entities[r.Source].Name == "National Health Service" && draft.Entities[r.Target].Name == "England");
    }

    [Fact]
    public void Extract_SpeakersLabel_HasNoRelationToTheNamesOfTheSpeech()
    {
        var draft = ShippedExtractors.Extract(
            "fast",
            "Launch Pad, episode 41: Ingrid Haugen after Skarv-1\n\nClara Wendt: Ingrid, thank you for coming on.\n\n"
            + "Ingrid Haugen: Thank you for having me.\n\n"
            + "Clara Wendt: Petra Lange wants the DLR to stop paying you until the board reports.\n\n"
            + "Ingrid Haugen: I respect her, but the DLR's money pays for engineers, not for launches.\n\n"
            + "Clara Wendt: And Kairos? They must be enjoying this.");

        draft.Relations.ShouldNotContain(r => draft.Entities[r.Source].Name == "Clara Wendt" || draft.Entities[r.Target].Name == "Clara Wendt");
        draft.Relations.ShouldNotContain(r => draft.Entities[r.Source].Name == "Ingrid Haugen" && draft.Entities[r.Target].Name == "DLR");
    }

    [Fact]
    public void Extract_CitysPossessiveBeforeAPerson_IsNoCitizenship()
    {
        var draft = ShippedExtractors.Extract("accurate", "The award went to Houston's Maria Alvarez on Friday.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.CitizenOf);
    }

    [Fact]
    public void Extract_PlaceBeforeBased_IsNotWhatIsLed()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "UCI president Hélène Rocher spoke on Saturday. Rocher, who has led the Aigle-based federation since 2025, praised the agency.");

        draft.Entities.ShouldContain(e => e.Name == "Aigle" && e.Kind == EntityKind.Location);
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Leads && draft.Entities[r.Target].Name == "Aigle");
    }

    [Fact]
    public void Extract_BodyTheTitledLeaderIsSaidToLead_IsTheBodyOfTheTitle()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "UCI president Hélène Rocher spoke on Saturday. Rocher, who has led the Aigle-based federation since 2025, praised the agency.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.BasedIn && draft.Entities[r.Source].Name == "UCI" && draft.Entities[r.Target].Name == "Aigle");
    }

    [Fact]
    public void Extract_BodyTheTitledLeaderCriticised_IsNotTheBodyOfTheTitle()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "UCI president Hélène Rocher spoke on Saturday. Rocher, who has criticised the Aigle-based federation since 2025, praised the agency.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.BasedIn && draft.Entities[r.Source].Name == "UCI");
    }

    [Fact]
    public void Process_HeadOfATeamOfAnOrganisation_DoesNotLeadTheOrganisation()
    {
        var document = Pipeline(Mark(
            "Marcus Leung, who heads the TSB team in Kelowna, said the engine had been inspected.",
            "Marcus Leung:Person|TSB:Organization|Kelowna:Location"));

        document.Relations.ShouldNotContain(r => r.Kind == RelationKind.Leads, Describe(document));
    }

    [Theory]
    [InlineData("\"The safety of patients comes first,\" chief executive Markus Gerber told a call with analysts.", RelationKind.Leads)]
    [InlineData("All three patients were on the high dose, chief medical officer Markus Gerber said on the call.", RelationKind.WorksFor)]
    public void Extract_JobWithoutItsCompanyInAnAttribution_IsHeldAtTheStorysCompany(string attribution, RelationKind kind)
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Veltris halts trial\n\nSwiss biotech Veltris Therapeutics halted a trial on Tuesday.\n\nThe company said it had paused dosing.\n\n" + attribution);

        draft.Relations.ShouldContain(r => r.Type == kind
            && draft.Entities[r.Source].Name == "Markus Gerber"
            && draft.Entities[r.Target].Name == "Veltris Therapeutics");
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_CallTranscriptsParticipantLines_GiveEachRoleItsCompany(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Veltris Therapeutics (VELT) Update on Ostarimab Trial Conference Call Transcript\n\nCall participants:\n"
            + "Markus Gerber -- Chief Executive Officer\nClaire Dumont -- Chief Medical Officer\nOskar Lind -- Nordhavn Securities -- Analyst\n\n"
            + "Operator\nGood afternoon, and welcome to the call.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Leads && draft.Entities[r.Source].Name == "Markus Gerber" && draft.Entities[r.Target].Name == "Veltris Therapeutics");
        draft.Relations.ShouldContain(r => r.Type == RelationKind.WorksFor && draft.Entities[r.Source].Name == "Claire Dumont" && draft.Entities[r.Target].Name == "Veltris Therapeutics");
        draft.Relations.ShouldContain(r => r.Type == RelationKind.WorksFor && draft.Entities[r.Source].Name == "Oskar Lind" && draft.Entities[r.Target].Name == "Nordhavn Securities");
        draft.Relations.ShouldNotContain(r => draft.Entities[r.Source].Name == "Oskar Lind" && draft.Entities[r.Target].Name == "Veltris Therapeutics");
    }

    [Fact]
    public void Extract_ParticipantLinesUnderATitleThatNamesNoCompany_HoldNoRole()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Quarterly update conference call\n\nNordhavn Securities hosted the call.\n\nCall participants:\nMarkus Gerber -- Chief Executive Officer\n\n"
            + "Operator\nGood afternoon, and thank you for joining.");

        draft.Relations.ShouldNotContain(r => draft.Entities[r.Source].Name == "Markus Gerber");
    }

    [Fact]
    public void Extract_ItsShareholderInAnApposition_BacksTheCompany()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Veltris Therapeutics halted a trial on Tuesday. Its largest shareholder, the investment firm Rhine Capital, said it continued to back the plan.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Supported
            && draft.Entities[r.Source].Name == "Rhine Capital"
            && draft.Entities[r.Target].Name == "Veltris Therapeutics");
    }

    [Fact]
    public void Extract_CompanysDescriptionFarFromItsName_IsTheOneCompanyNamed()
    {
        // Five sentences on, beyond other descriptions' reach; "for waiting" does not name another company.
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Swiss biotech Veltris Therapeutics halted a trial on Tuesday. Shares fell. Doctors were worried. Patients were told late. "
            + "Scans were checked. Patient group Memory Alliance Europe criticised the company for waiting two weeks.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Criticized
            && draft.Entities[r.Source].Name == "Memory Alliance Europe"
            && draft.Entities[r.Target].Name == "Veltris Therapeutics");
    }

    [Fact]
    public void Extract_CompanysDescriptionFarFromAOneWordName_IsNotThatName()
    {
        // A one-word name is as often a website's or a broadcaster's: "the company" five sentences on is not read as it.
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Lumenstack, an AI startup, sued the guild on Tuesday. Shares fell. Doctors were worried. Patients were told late. "
            + "Scans were checked. Critics said the company had waited two weeks.");

        draft.Entities.Single(e => e.Name == "Lumenstack").Spans.Count.ShouldBe(1);
    }

    [Fact]
    public void Extract_CallForAResignationAfterAnAside_IsTheSubjectsCriticism()
    {
        // "her call": the possessive is the subject's, read past the relative clause and the names inside it.
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Naledi Khumalo, who leads the People's Congress Movement caucus in the city council, repeated her call for Mayor Sipho Ndlovu to resign.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Criticized
            && draft.Entities[r.Source].Name == "Naledi Khumalo"
            && draft.Entities[r.Target].Name == "Sipho Ndlovu");
    }

    [Theory]
    [InlineData("The NCSC said it was working with Dyfed-Powys Police, and later blamed the attack on BlackHarrow.", "NCSC:Organization|Dyfed-Powys Police:Organization|BlackHarrow:Organization", RelationKind.Accused)]
    [InlineData("The Harbor Council said it had no confidence in Dyfed-Powys Police or in BlackHarrow.", "Harbor Council:Organization|Dyfed-Powys Police:Organization|BlackHarrow:Organization", RelationKind.Supported)]
    [InlineData("Dyfed-Powys Police said that the claims against BlackHarrow were responsible for the delay.", "Dyfed-Powys Police:Organization|BlackHarrow:Organization", RelationKind.Accused)]
    public void Process_ClauseWhoseSubjectIsFurtherBackOrAConfidenceDenied_IsNoRelation(string text, string entities, RelationKind kind)
    {
        var document = Patterns(Mark(text, entities));

        document.Relations.ShouldNotContain(
            r => r.Kind == kind && document.Slice(document.Entities[r.Target].Span) == "BlackHarrow" || (r.Kind == kind && document.Slice(document.Entities[r.Target].Span) == "Dyfed-Powys Police"),
            Describe(document));
    }

    [Theory]
    [InlineData("The SFO alleges Leon Petersen was threatened by a contractor.", "SFO:Organization|Leon Petersen:Person", RelationKind.Accused)]
    [InlineData("Deputy Mayor Tania Whitcombe said the Ahuriri District Council had co-operated.", "Tania Whitcombe:Person|Ahuriri District Council:Organization", RelationKind.Leads)]
    [InlineData("Mayor Tania Whitcombe said the Napier City Council had co-operated.", "Tania Whitcombe:Person|Napier City Council:Organization", RelationKind.Leads)]
    [InlineData("Mayor Tania Whitcombe thanked the Ahuriri District Council and the Hastings District Council.", "Tania Whitcombe:Person|Ahuriri District Council:Organization|Hastings District Council:Organization", RelationKind.Leads)]
    [InlineData("Hastings Mayor Tania Whitcombe said the Ahuriri District Council had erred.", "Hastings:Location|Tania Whitcombe:Person|Ahuriri District Council:Organization", RelationKind.Leads)]
    [InlineData("Harbourline won the contract despite a bid from Kowhai Engineering.", "Harbourline:Organization|Kowhai Engineering:Organization", RelationKind.CompetedWith)]
    public void Process_AllegationSufferedOrMayorOfNoOneCouncil_IsNoRelation(string text, string entities, RelationKind kind)
    {
        var document = Patterns(Mark(text, entities));

        // "Hastings Mayor" leads Hastings, the place; no council is led.
        document.Relations.ShouldNotContain(r => r.Kind == kind && r.Confidence >= 0.5 && document.Entities[r.Target].Kind != EntityKind.Location, Describe(document));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_PlaceBasedCompoundBetweenATitleOfAndTheCompany_IsReadPast(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, "Ruth Tamihana, the chief executive of Hastings-based Kowhai Engineering, welcomed the report.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Leads
            && draft.Entities[r.Source].Name == "Ruth Tamihana"
            && draft.Entities[r.Target].Name == "Kowhai Engineering");
    }

    [Fact]
    public void Process_HeadsToAPlaceOfABody_IsNoLeadership()
    {
        var document = Patterns(Mark("Suresh Bansal heads to the Kirana Traders Federation meeting.", "Suresh Bansal:Person|Kirana Traders Federation:Organization"));

        document.Relations.ShouldNotContain(r => r.Kind == RelationKind.Leads, Describe(document));
    }

    [Fact]
    public void Extract_PlaceHeadquarteredCompound_IsWhereTheCompanyIsBasedNotWhatItsHeadLeads()
    {
        // Read as an organisation, the place was what "Its" referred to, and the managing director led Pune.
        var draft = ShippedExtractors.Extract("accurate", SahyadriWire);

        draft.Relations.Select(r => (draft.Entities[r.Source].Name, r.Type, draft.Entities[r.Target].Name)).ShouldContain(("Sahyadri Retail", RelationKind.BasedIn, "Pune"));
        draft.Relations.Select(r => (draft.Entities[r.Source].Name, r.Type, draft.Entities[r.Target].Name)).ShouldContain(("Vikram Deshpande", RelationKind.Leads, "Sahyadri Retail"));
    }

    [Fact]
    public void Process_CitysNameBeforeAnOccupation_IsNoCitizenship()
    {
        var document = Pipeline(Mark("Napier businessman Grant Maddox was granted bail.", "Napier:Location|Grant Maddox:Person"));

        document.Relations.ShouldNotContain(r => r.Kind == RelationKind.CitizenOf, Describe(document));
    }

    [Fact]
    public void Process_CountrysDemonymBeforeAnOccupation_IsCitizenship()
    {
        var document = Pipeline(Mark("US filmmaker Oliver Stone spoke.", "US:Location|Oliver Stone:Person"));

        document.Relations.ShouldContain(r => r.Kind == RelationKind.CitizenOf, Describe(document));
    }

    [Theory]
    [InlineData("The PCM called for the resignation of Sibaya Water chief executive Thandiwe Mokoena.")]
    [InlineData("The PCM feared the possible resignation of Sibaya Water chief executive Thandiwe Mokoena.")]
    public void Process_ResignationSomeoneWantsOrFears_IsNoResignation(string text)
    {
        var document = Patterns(Mark(text, "PCM:Organization|Sibaya Water:Organization|Thandiwe Mokoena:Person"));

        document.Relations.ShouldNotContain(r => r.Kind == RelationKind.ResignedFrom, Describe(document));
    }

    [Fact]
    public void Process_LeaderOfAPartysCaucus_DoesNotLeadTheParty()
    {
        var document = Pipeline(Mark(
            "Naledi Khumalo, who leads the People's Congress Movement caucus in the city council, said the mayor must go.",
            "Naledi Khumalo:Person|People's Congress Movement:Organization"));

        document.Relations.ShouldNotContain(r => r.Kind == RelationKind.Leads || r.Kind == RelationKind.WorksFor, Describe(document));
    }

    [Fact]
    public void Process_PartyMemberBesideAnElectedBody_DoesNotWorkForIt()
    {
        var document = Pipeline(Mark(
            "Issued by Naledi Khumalo, PCM caucus leader, Pietermaritzburg City Council",
            "Naledi Khumalo:Person|PCM:Organization|Pietermaritzburg City Council:Organization"));

        document.Relations.ShouldNotContain(r => r.Kind == RelationKind.WorksFor, Describe(document));
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_UtilitysDescriptionSentencesAfterItsName_IsTheUtility(string profile)
    {
        // Three sentences after the name, beyond the reach of other descriptions: "the utility" fits the one utility named.
        var draft = ShippedExtractors.Extract(
            profile,
            "The National Water Workers' Union has accused Sibaya Water of ignoring six warnings. \"Our members raised the alarm,\" said Mandla Zungu. "
            + "\"Nobody can say they did not know.\" The Pietermaritzburg-based utility's acting chief executive, Peter Walsh, did not deny it.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Leads
            && draft.Entities[r.Source].Name == "Peter Walsh"
            && draft.Entities[r.Target].Name == "Sibaya Water");
        draft.Relations.ShouldContain(r => r.Type == RelationKind.BasedIn
            && draft.Entities[r.Source].Name == "Sibaya Water"
            && draft.Entities[r.Target].Name == "Pietermaritzburg");
    }

    [Fact]
    public void Extract_DescriptionNamingWhereTheAirlineIsBased_WorksForAndIsBasedInTheAirline()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "A Cascadia Air jet landed in Kelowna on Sunday. No one was hurt. Passengers left by the slides. The captain turned back. "
            + "Ingrid Solberg, a 22-year veteran of the Vancouver-based carrier, declared an emergency.");

        var found = draft.Relations.Select(r => $"{draft.Entities[r.Source].Name} {r.Type} {draft.Entities[r.Target].Name}").ToList();
        found.ShouldContain("Ingrid Solberg WorksFor Cascadia Air");
        found.ShouldContain("Cascadia Air BasedIn Vancouver");
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_PlaceWhereAPersonsEmployerIsBased_IsNotWhereThePersonLives(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "VANCOUVER — A Cascadia Air passenger jet with 146 people on board made an emergency landing in Kelowna, B.C., on "
            + "Sunday after one of its engines caught fire shortly after takeoff, the airline said.\n\n"
            + "The flight's captain, Ingrid Solberg, turned back to Kelowna less than ten minutes into the flight to Calgary. "
            + "Solberg, a 22-year veteran of the Vancouver-based carrier, declared an emergency after a warning light came on.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.LivesIn && draft.Entities[r.Source].Name == "Ingrid Solberg");
    }

    [Fact]
    public void Extract_LegislatorsPartyAndStateInCommas_AreReadPast()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Sen. Elena Vasquez, D-N.M., on Tuesday criticized Lumenstack for refusing to say which images it used.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Criticized
            && draft.Entities[r.Source].Name == "Elena Vasquez" && draft.Entities[r.Target].Name == "Lumenstack");
    }

    [Fact]
    public void Process_PossessiveTitleThatOnlyStartsWithAHeadsWord_IsNoHead()
    {
        var document = Pipeline(Mark(
            "Amy Chen, the World Health Organization's chief medical officer, briefed reporters.",
            "Amy Chen:Person|World Health Organization:Organization"));

        document.Relations.ShouldNotContain(r => r.Kind == RelationKind.Leads, Describe(document));
    }

    [Fact]
    public void Extract_TeamMembersDescription_IsThePersonNamedBeforeAndAMemberOfTheTeam()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Belgian rider Lucas Verhoeven has been provisionally suspended after testing positive at the Tour de Wallonie, the "
            + "International Testing Agency said on Wednesday.\n\nThe 26-year-old Team Borealis rider won the five-day race last month.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.MemberOf
            && draft.Entities[r.Source].Name == "Lucas Verhoeven" && draft.Entities[r.Target].Name == "Team Borealis");
    }

    [Fact]
    public void Extract_TeamMembersDescriptionWithNoPersonJustBefore_ReachesNoOne()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Lucas Verhoeven won in May.\n\nThe race was long. Fans waited for hours. The 26-year-old Team Borealis rider won again.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.MemberOf);
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_SentenceOpeningRoleDescription_IsThePersonTheSentenceBeforeNames(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Colleen MacIsaac is the new leader of the Progressive Alliance.\n\nThe Cape Breton MLA defeated Marc Thibodeau on the second ballot.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.CompetedWith
            && new[] { draft.Entities[r.Source].Name, draft.Entities[r.Target].Name }.Order().SequenceEqual(new[] { "Colleen MacIsaac", "Marc Thibodeau" }));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_PlaceAndRoleBeforeAPersonsName_DescribeThePersonNotTheObject(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "MacIsaac wins leadership on second ballot\n\nTRURO, N.S. — Colleen MacIsaac is the new leader of the Progressive Alliance of "
            + "Nova Scotia.\n\nThe Cape Breton MLA defeated Halifax lawyer Marc Thibodeau on the second ballot at the party's leadership "
            + "convention in Truro on Saturday.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.CompetedWith
            && new[] { draft.Entities[r.Source].Name, draft.Entities[r.Target].Name }.Order().SequenceEqual(new[] { "Colleen MacIsaac", "Marc Thibodeau" }));
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.CompetedWith && draft.Entities[r.Target].Name == "Halifax");
        draft.Relations.ShouldNotContain(r => draft.Entities[r.Source].Name == "Marc Thibodeau" && draft.Entities[r.Target].Name == "Cape Breton");
    }

    [Fact]
    public void Extract_SpeakersLabel_IsNoSubjectOfTheSpeech()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "DOUCETTE: Your guild endorsed Colleen MacIsaac on the day she launched.\n\nLEBLANC: We did.\n\nDOUCETTE: Thank you.\n\nLEBLANC: Thanks.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Supported && draft.Entities[r.Source].Name == "Doucette");
    }

    [Fact]
    public void Extract_RoleDescriptionAfterASentenceNamingTwoPeople_ReachesNoOne()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Colleen MacIsaac met Ravi Choudhury in Sydney.\n\nThe Cape Breton MLA defeated Marc Thibodeau on the second ballot.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.CompetedWith);
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_SupportThrownBehindAfterAnotherVerb_IsSupport(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile, "The race turned when third-place finisher Ravi Choudhury dropped out and threw his support behind Colleen MacIsaac.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Supported
            && draft.Entities[r.Source].Name == "Ravi Choudhury" && draft.Entities[r.Target].Name == "Colleen MacIsaac");
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_BasedCompoundBeforeAModifierAndABusinessNoun_IsThePlaceTheBodyIsBasedIn(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Fraser resigns as leader\n\nHALIFAX — Aidan Fraser stepped down on Monday. A poll released last week by Beacon Research, a "
            + "Halifax-based polling firm, put the party at 14 per cent. Halifax lawyer Marc Thibodeau may run.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.BasedIn
            && draft.Entities[r.Source].Name == "Beacon Research" && draft.Entities[r.Target].Name == "Halifax");
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_SpeakerCallingAnothersPlanReckless_CriticisesThem(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "DOUCETTE: You mean Marc Thibodeau.\n\nLEBLANC: I do. Marc Thibodeau's plan would balance the budget on the backs of "
            + "teachers. It's reckless.\n\nDOUCETTE: Thank you.\n\nLEBLANC: Thanks.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Criticized
            && draft.Entities[r.Source].Name == "Leblanc" && draft.Entities[r.Target].Name == "Marc Thibodeau");
    }

    [Fact]
    public void Extract_SpeakerDenyingAnothersPlanIsReckless_CriticisesNoOne()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "DOUCETTE: You mean Marc Thibodeau.\n\nLEBLANC: I do. Marc Thibodeau's plan would balance the budget. It's not reckless.\n\n"
            + "DOUCETTE: Thank you.\n\nLEBLANC: Thanks.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Criticized);
    }

    // The sanantonio cluster's stories (written for the project), cut to the sentences each rule reads.
    private const string StrikeWire =
        "Chilean dockworkers strike at TerminalSur, halting San Antonio container traffic\n\nSANTIAGO, March 3 (Reuters) - Dockworkers "
        + "walked off the job at TerminalSur's container terminal in the Chilean port of San Antonio on Tuesday.\n\nThe San Antonio Port "
        + "Workers' Union, which represents about 1,400 stevedores, said talks with the company had broken down after TerminalSur refused "
        + "to reduce 12-hour night shifts.\n\nTerminalSur handles roughly 40 percent of the containers that pass through San Antonio. Chief "
        + "executive Rodrigo Alvarado said the company had offered a 9 percent pay rise.";

    private const string MaterialFact =
        "TERMINALSUR S.A.\nMATERIAL FACT\n\nSan Antonio, March 9, 2027\n\nDear Sir,\n\nIn accordance with articles 9 and 10 of Law "
        + "No. 18,045 on the Securities Market, TerminalSur S.A. (the \"Company\") reports the following material fact:\n\n1. On March 8, "
        + "2027, Mr. Felipe Ortúzar resigned from his position as Operations Manager of the Company, effective immediately.\n\n2. The Board "
        + "of Directors has appointed Mrs. Carolina Méndez, currently Deputy Operations Manager, as interim Operations Manager.\n\n"
        + "Sincerely,\n\nRodrigo Alvarado\nChief Executive Officer\nTerminalSur S.A.";

    private const string TradeReport =
        "Pacífico Terminals said on Monday that it handled a record 96,000 containers since the strike began at TerminalSur's San Antonio "
        + "terminal.\n\nThe Valparaíso-based operator, which competes with TerminalSur for the business of the big Asia-South America "
        + "services, added a third shift.\n\nAustral Line, the Chilean carrier that is TerminalSur's largest customer, confirmed it had "
        + "moved its weekly China service to Valparaíso and criticised TerminalSur for failing to warn customers before the strike began.";

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_UnionNamedForItsMembers_IsOneBodyThatAccuses(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "Union accuses TerminalSur of using replacement workers\n\nThe San Antonio Port Workers' Union on Thursday accused TerminalSur of "
            + "bringing in replacement crews from a Concepción labour contractor.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Accused
            && draft.Entities[r.Source].Name == "San Antonio Port Workers' Union" && draft.Entities[r.Target].Name == "TerminalSur");
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_BareHeadInASentenceThatDescribesTheCompany_LeadsTheStorysCompany(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, StrikeWire);

        draft.Entities.ShouldContain(e => e.Name == "San Antonio Port Workers' Union" && e.Kind == EntityKind.Organization);
        draft.Relations.ShouldContain(r => r.Type == RelationKind.Leads
            && draft.Entities[r.Source].Name == "Rodrigo Alvarado" && draft.Entities[r.Target].Name == "TerminalSur");
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_FilingsDefinedCompanyAndSignature_AreTheCompanysAndItsHead(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, MaterialFact);

        draft.Relations.ShouldContain(r => r.Type == RelationKind.ResignedFrom
            && draft.Entities[r.Source].Name == "Felipe Ortúzar" && draft.Entities[r.Target].Name == "TerminalSur S.A.");
        draft.Relations.ShouldContain(r => r.Type == RelationKind.Leads
            && draft.Entities[r.Source].Name == "Rodrigo Alvarado" && draft.Entities[r.Target].Name == "TerminalSur S.A.");
        draft.Entities.ShouldNotContain(e => e.Name.Contains("Board", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_DescriptionOpeningASentence_IsTheBodyTheSentenceBeforeOpensWith(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, TradeReport);

        draft.Relations.ShouldContain(r => r.Type == RelationKind.CompetedWith
            && new[] { draft.Entities[r.Source].Name, draft.Entities[r.Target].Name }.Order().SequenceEqual(new[] { "Pacífico Terminals", "TerminalSur" }));
        draft.Relations.ShouldContain(r => r.Type == RelationKind.BasedIn
            && draft.Entities[r.Source].Name == "Pacífico Terminals" && draft.Entities[r.Target].Name == "Valparaíso");
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_VerbAfterAndWithTheSentencesSubject_StatesTheRelationOfTheSubject(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, TradeReport);

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Criticized
            && draft.Entities[r.Source].Name == "Austral Line" && draft.Entities[r.Target].Name == "TerminalSur");
    }

    [Fact]
    public void Extract_VerbAfterAndWithAnotherActorBetween_IsNotTheSubjects()
    {
        var draft = ShippedExtractors.Extract(
            "accurate", "Austral Line said Rodrigo Alvarado had resigned and criticised Pacífico Terminals for its prices.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Criticized && draft.Entities[r.Source].Name == "Austral Line");
    }

    [Fact]
    public void Process_NamesSetApartByCommasWithoutAnd_AreNoList()
    {
        var document = Pipeline(Mark(
            "In a letter to FTC Chair Colin Marsh, Vasquez said the company had treated artists' work as free raw material.",
            "FTC:Organization|Colin Marsh:Person|Vasquez:Person"));

        document.Relations.ShouldNotContain(r => r.Kind == RelationKind.Leads && document.Slice(document.Entities[r.Source].Span) == "Vasquez", Describe(document));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_DescriptionsOfTheGuildAndTheCompanyPlaceAndPossessiveTitle_GiveTheirRelations(string profile)
    {
        var draft = ShippedExtractors.Extract(
            profile,
            "A group of illustrators sued Lumenstack Inc. on Monday, accusing the San Francisco artificial intelligence company of copying their images. "
            + "The Guild of Visual Artists filed the lawsuit in federal court. The guild accuses Lumenstack of copying. "
            + "\"Our work was taken,\" said Teresa Okonkwo, the guild's executive director.");

        var found = draft.Relations.Select(r => $"{draft.Entities[r.Source].Name} {r.Type} {draft.Entities[r.Target].Name}").ToList();
        found.ShouldContain("Lumenstack Inc. BasedIn San Francisco");
        found.ShouldContain("Guild of Visual Artists Accused Lumenstack Inc.");
        found.ShouldContain("Teresa Okonkwo Leads Guild of Visual Artists");
    }

    [Fact]
    public void Extract_PronounAccusingACompanyTheRecogniserCut_AccusesTheWholeCompany()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Wolska said AML operates the ferries shown in The Salt Roads, which follows dock workers in Trieste and Split. "
            + "She accused Adriatic Maritime Lines of cutting safety crews to save money.");

        draft.Relations.Where(r => r.Type == RelationKind.Accused).Select(r => (draft.Entities[r.Source].Name, draft.Entities[r.Target].Name))
            .ShouldBe([("Wolska", "Adriatic Maritime Lines")]);
    }

    [Fact]
    public void Extract_BasedMinerAfterTheCompanyIsNamed_IsWhereItIsBased()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "The union has accused Redgum Minerals of ignoring repeated safety complaints. Redgum's chairwoman, Helen Yates, said the board would commission "
            + "its own review. Shares in the Perth-based miner fell 9 per cent on Wednesday.");

        draft.Relations.Where(r => r.Type == RelationKind.BasedIn).Select(r => (draft.Entities[r.Source].Name, draft.Entities[r.Target].Name))
            .ShouldBe([("Redgum Minerals", "Perth")]);
    }

    [Theory]
    [InlineData("fast")]
    [InlineData("accurate")]
    public void Extract_CompanyWithAnAppositionSayingWhereItIsBased_IsBasedThere(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, "The festival is sponsored by Adriatic Maritime Lines, a Trieste-based ferry operator.");

        draft.Relations.Where(r => r.Type == RelationKind.BasedIn).Select(r => (draft.Entities[r.Source].Name, draft.Entities[r.Target].Name))
            .ShouldBe([("Adriatic Maritime Lines", "Trieste")]);
    }

    [Fact]
    public void Extract_BasedDescriptionAfterACompanyIsNamed_IsWhereThatCompanyIsBased()
    {
        // The fast recogniser misses "Aldous Petroleum" as this text's first words.
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Aldous Petroleum spokesman Aaron Pike said the company was cooperating with the Environmental Protection Agency and the Coast Guard. "
            + "The Port Calder-based company, led by chief executive Tomas van der Berg, operates three refineries.");

        draft.Relations.Where(r => r.Type == RelationKind.BasedIn).Select(r => (draft.Entities[r.Source].Name, draft.Entities[r.Target].Name))
            .ShouldBe([("Aldous Petroleum", "Port Calder")]);
    }

    [Fact]
    public void Process_PronounOpeningASentence_IsThePersonWhoOpenedTheOneBefore()
    {
        var document = Patterns(Mark(
            "Halvorsen said he had spoken with Anne Leclerc and Liam Walsh on Thursday night. He thanked Rosa Delgado for her work.",
            "Halvorsen:Person|Anne Leclerc:Person|Liam Walsh:Person|Rosa Delgado:Person"));

        var halvorsen = document.Entities.First(e => document.Slice(e.Span) == "Halvorsen").Chain;
        document.Relations.ShouldContain(
            r => r.Kind == RelationKind.Supported
                && document.Entities[r.Source].Chain == halvorsen
                && document.Slice(document.Entities[r.Target].Span) == "Rosa Delgado",
            Describe(document));
    }

    [Fact]
    public void Process_PronounAfterASurnameReadAsABody_IsThatPerson()
    {
        var document = Patterns(Mark(
            "Minister Daniel Okafor spoke on Monday. Okafor said he had spoken to Priya Sethi about the inquiry. He praised Nadia Rahman for pressing the bank.",
            "Daniel Okafor:Person|Priya Sethi:Person|Nadia Rahman:Person").Entity("Okafor", EntityKind.Organization, occurrence: 2));

        var okafor = document.Entities.First(e => document.Slice(e.Span) == "Daniel Okafor").Chain;
        document.Relations.ShouldContain(
            r => r.Kind == RelationKind.Supported
                && document.Entities[r.Source].Chain == okafor
                && document.Slice(document.Entities[r.Target].Span) == "Nadia Rahman",
            Describe(document));
    }

    [Fact]
    public void Process_PronounOpeningASentenceAfterOneOpenedByAnother_IsNoOnesWithoutASinglePerson()
    {
        var document = Patterns(Mark(
            "On Thursday night Halvorsen spoke with Anne Leclerc and Liam Walsh. He thanked Rosa Delgado for her work.",
            "Halvorsen:Person|Anne Leclerc:Person|Liam Walsh:Person|Rosa Delgado:Person"));

        document.Relations.ShouldNotContain(r => r.Kind == RelationKind.Supported, Describe(document));
    }

    [Fact]
    public void Process_RivalOfATitle_CompetesWithThePersonIntroducedWithIt()
    {
        var document = Patterns(Mark(
            "Mayor Gregory Halvorsen spoke on Monday. State Rep. Tom Brennan, a longtime rival of the mayor, accused Halvorsen of hiding.",
            "Gregory Halvorsen:Person|Tom Brennan:Person"));

        // The title alone is a mention of the mayor's (coreference), or the rival rule finds him by it.
        var mayor = document.Entities.First(e => document.Slice(e.Span) == "Gregory Halvorsen").Chain;
        document.Relations.ShouldContain(
            r => r.Kind == RelationKind.CompetedWith
                && document.Slice(document.Entities[r.Source].Span) == "Tom Brennan"
                && document.Entities[r.Target].Chain == mayor,
            Describe(document));
    }

    [Fact]
    public void Process_RivalNamedAfterAPossessive_CompetesWithWhomThePossessiveMeans()
    {
        var document = Pipeline(Mark(
            "Lena Morales is running for governor next year. Her rival in the Democratic primary, state Treasurer Sam Okoye, said she was playing politics.",
            "Lena Morales:Person|Sam Okoye:Person"));

        var morales = document.Entities.First(e => document.Slice(e.Span) == "Lena Morales").Chain;
        document.Relations.ShouldContain(
            r => r.Kind == RelationKind.CompetedWith
                && document.Slice(document.Entities[r.Source].Span) == "Sam Okoye"
                && document.Entities[r.Target].Chain == morales,
            Describe(document));
    }

    [Theory]
    [InlineData("Felix Braun, deputy director of the Harbor Port Authority, inspected the pier.", "Felix Braun:Person|Harbor Port Authority:Organization", RelationKind.Leads)]
    [InlineData("Lukas Meyer, a director of Halvorsen Shipping, was questioned by investigators.", "Lukas Meyer:Person|Halvorsen Shipping:Organization", RelationKind.Leads)]
    [InlineData("Calder Motors director Sven Olsen presented the campaign.", "Calder Motors:Organization|Sven Olsen:Person", RelationKind.Leads)]
    [InlineData("Tomas Reyes met reporters after Helen Park's speech.", "Tomas Reyes:Person|Helen Park:Person", RelationKind.Met)]
    [InlineData("Mark Ellison demanded that Oliver Grant resign from the Harbor Council.", "Mark Ellison:Person|Oliver Grant:Person|Harbor Council:Organization", RelationKind.ResignedFrom)]
    public void Process_MisleadingWording_GivesNotThatRelation(string text, string entities, RelationKind kind)
    {
        var document = Patterns(Mark(text, entities));

        document.Relations.ShouldNotContain(r => r.Kind == kind, Describe(document));
    }

    [Theory]
    [InlineData("Northwind Energy spokesman Ben Ode said Maria Alvarez had been briefed on Friday.", "Northwind Energy:Organization|Ben Ode:Person|Maria Alvarez:Person", "Maria Alvarez")]
    [InlineData("Ann Lee addressed members of the Harbor Council on Monday.", "Ann Lee:Person|Harbor Council:Organization", "Ann Lee")]
    [InlineData("Ann Lee, a member of the Harbor Council, voted against the budget.", "Ann Lee:Person|Harbor Council:Organization", "Ann Lee")]
    [InlineData("Senator Ruth Avila said in an interview on CNN's Sunday show that the bill would pass.", "Ruth Avila:Person|CNN:Organization", "Ruth Avila")]
    [InlineData("Ben Carter appeared on Channel Nine to promote his film.", "Ben Carter:Person|Channel Nine:Organization", "Ben Carter")]
    [InlineData("Katarzyna Wolska, 44, won the Golden Lion for best documentary in 2019.", "Katarzyna Wolska:Person|Golden Lion:Organization", "Katarzyna Wolska")]
    [InlineData("State Sen. Lena Morales called on Tomas Reyes to resign as chief executive of Aldous Petroleum, saying the company had ignored warnings.", "Lena Morales:Person|Tomas Reyes:Person|Aldous Petroleum:Organization", "Lena Morales")]
    [InlineData("\"Every gallon that reached our beaches is the responsibility of Aldous Petroleum,\" Dana Whitfield told reporters in Salem.", "Aldous Petroleum:Organization|Dana Whitfield:Person|Salem:Location", "Dana Whitfield")]
    public void Process_PersonNearAnOrganisationThatDoesNotEmployThem_IsNotItsEmployee(string text, string entities, string person)
    {
        var document = Pipeline(Mark(text, entities));

        document.Relations.ShouldNotContain(
            r => r.Kind == RelationKind.WorksFor && document.Slice(document.Entities[r.Source].Span) == person,
            Describe(document));
    }

    [Theory]
    [InlineData("Refugees from Harborland, Eastmark, Northvale and Westria applied.", "Harborland:Location|Eastmark:Location|Northvale:Location|Westria:Location")]
    [InlineData("Teams from Sudan, Iran, Libya, and Yemen took part.", "Sudan:Location|Iran:Location|Libya:Location|Yemen:Location")]
    [InlineData("Sweden, Belgium, England win three points", "Sweden:Location|Belgium:Location|England:Location")]
    [InlineData("The Hajj is the annual pilgrimage to Mecca, Islam's holiest site.", "Hajj:Event|Mecca:Location|Islam:Location")]
    public void Process_PlacesListedOrCountries_AreNotInEachOther(string text, string entities)
    {
        var document = Pipeline(Mark(text, entities));

        document.Relations.ShouldNotContain(r => r.Kind == RelationKind.LocatedIn, Describe(document));
    }

    [Theory]
    [InlineData("In the first game of the day, Sweden faced South Korea at the Nizhny Novgorod Stadium.")]
    [InlineData("I am going to Las Vegas and Los Angeles next month, Italy in November, back to Las Vegas in December, Mexico in January.")]
    public void Extract_PlacesAClauseOrAnItineraryLinks_AreNotInEachOther(string text)
    {
        var draft = ShippedExtractors.Extract("accurate", text);

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.LocatedIn);
    }

    [Theory]
    [InlineData("Evansville, Indiana, United States - An exhibit opened.", "Evansville:Location|Indiana:Location|United States:Location", "Evansville>Indiana|Evansville>United States|Indiana>United States")]
    [InlineData("She lives in Durham, North Carolina, and visits Cardiff, Wales, often.", "Durham:Location|North Carolina:Location|Cardiff:Location|Wales:Location", "Cardiff>Wales|Durham>North Carolina")]
    public void Process_PlaceAndTheRegionsItLiesIn_AreInEachOther(string text, string entities, string expected)
    {
        var document = Patterns(Mark(text, entities));

        var found = document.Relations
            .Where(r => r.Kind == RelationKind.LocatedIn)
            .Select(r => $"{document.Slice(document.Entities[r.Source].Span)}>{document.Slice(document.Entities[r.Target].Span)}")
            .Order(StringComparer.Ordinal);
        string.Join('|', found).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Winners included Gary Chan of DAB and Eunice Yung of New People's Party.", "Gary Chan:Person|DAB:Organization|Eunice Yung:Person|New People's Party:Organization", "Gary Chan", "New People's Party")]
    [InlineData("New People's Party's Michael Tien, DAB's Ben Chan and FTU's Alice Mak were elected.", "New People's Party:Organization|Michael Tien:Person|DAB:Organization|Ben Chan:Person|FTU:Organization|Alice Mak:Person", "Michael Tien", "DAB")]
    [InlineData("Alvin Yeung from the Civic Party, Fernando Cheung of the Labour Party and others won.", "Alvin Yeung:Person|Civic Party:Organization|Fernando Cheung:Person|Labour Party:Organization", "Fernando Cheung", "Civic Party")]
    public void Process_PartyTiedToAnotherPersonInAList_IsNotThisPersonsEmployer(string text, string entities, string person, string party)
    {
        var document = Pipeline(Mark(text, entities));

        document.Relations.ShouldNotContain(
            r => r.Kind == RelationKind.WorksFor
                && document.Slice(document.Entities[r.Source].Span) == person
                && document.Slice(document.Entities[r.Target].Span) == party,
            Describe(document));
    }

    [Fact]
    public void Process_SentenceWithoutDeath_GivesNoKilling()
    {
        var document = Pipeline(Mark("Maria Alvarez sought the endorsement of Ruth Avila.", "Maria Alvarez:Person|Ruth Avila:Person"));

        document.Relations.ShouldNotContain(r => r.Kind == RelationKind.Killed, Describe(document));
    }

    [Theory]
    [InlineData("Port Verity Dockworkers' Union", true)]
    [InlineData("Port Verity Dockworkers' Union|Harbour Pilots' Guild", false)]
    public void Process_SupportForTheStrikers_SupportsTheArticlesOneUnion(string unions, bool resolved)
    {
        var names = unions.Split('|');
        var text = string.Join(" ", names.Select(n => $"The {n} began a strike on Monday.")) + "\n\nThe port was quiet on Tuesday. "
            + "Few ships came in.\n\nAlma Ruiz voiced her support for the strikers.";
        var document = Patterns(Mark(text, string.Join("|", names.Select(n => n + ":Organization")) + "|Alma Ruiz:Person"));
        var union = document.Entities.First(e => document.Slice(e.Span) == names[0]);

        document.Relations.Any(r => r.Kind == RelationKind.Supported
                && document.Slice(document.Entities[r.Source].Span) == "Alma Ruiz"
                && (document.Entities[r.Target] == union || (union.Chain >= 0 && document.Entities[r.Target].Chain == union.Chain)))
            .ShouldBe(resolved, Describe(document));
    }

    [Fact]
    public void Process_CoordinatedVerbAfterALongRelativeClause_HasTheSubjectBeforeTheClause()
    {
        var document = Patterns(Mark(
            "Senator Ignacio Peña, who represents the Valparaíso Region, visited the picket line in the afternoon and voiced his support "
            + "for the San Antonio Port Workers' Union.",
            "Ignacio Peña:Person|Valparaíso Region:Location|San Antonio Port Workers' Union:Organization"));

        document.Relations.ShouldContain(
            r => r.Kind == RelationKind.Supported
                && document.Slice(document.Entities[r.Source].Span) == "Ignacio Peña"
                && document.Slice(document.Entities[r.Target].Span) == "San Antonio Port Workers' Union",
            Describe(document));
    }

    // The kericho cluster's stories (written for the project), cut to the sentences each rule reads.
    private const string TeaAudit =
        "Kenyan tea co-operative overpaid hauler, audit finds\n\nKERICHO, Kenya, April 6 (Afriwire) - The audit of the Kipsigis Highlands "
        + "Tea Growers' Co-operative Society, which buys green leaf from about 14,000 farmers, was carried out by the Nairobi accounting "
        + "firm Baraka Assurance LLP.\n\nIt found that the society paid Tengecha Logistics Limited up to 40 percent more per kilogramme.\n\n"
        + "\"That is money that should have come back to farmers,\" said Esther Chepkoech, who chairs a lobby group for growers. She "
        + "accused the society's general manager, Daniel Rotich, of steering the haulage contract to Tengecha.\n\nRotich did not answer "
        + "calls.\n\nHis phone was switched off.\n\nTengecha Logistics said in a statement that it had won the contract fairly.\n\n"
        + "The society's chairman, Joseph Ngetich, said the "
        + "board would study the findings.\n\nGrowers have complained that the bonus paid by Kipsigis Highlands last October was low.";

    private const string PressStatement =
        "BOARD ACCEPTS RESIGNATION OF GENERAL MANAGER\n\nKericho, 14 April 2027 - The Board of Directors of the Kipsigis Highlands Tea "
        + "Growers' Co-operative Society Ltd (\"the Society\") wishes to inform its members as follows.\n\nAt a special sitting, the Board "
        + "accepted the resignation of Mr Daniel Kiprotich Rotich as General Manager of the Society, with effect from 30 April 2027.\n\n"
        + "The Board thanks Mr Rotich for his service and wishes him well.";

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_PluralPossessiveBodyWithAQualifiedHead_IsOneBodyItsShortFormsJoin(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, TeaAudit);

        draft.Entities.ShouldContain(e => e.Name == "Kipsigis Highlands Tea Growers' Co-operative Society" && e.Kind == EntityKind.Organization
            && e.Aliases.Contains("Kipsigis Highlands"));
        draft.Entities.ShouldContain(e => e.Name == "Tengecha Logistics Limited" && e.Aliases.Contains("Tengecha"));
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_DescriptionFarFromTheOneBodyWithItsHead_AndAPossessedRoleInCommas_AreThatBodyAndThatPerson(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, TeaAudit);

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Leads
            && draft.Entities[r.Source].Name == "Joseph Ngetich" && draft.Entities[r.Target].Name == "Kipsigis Highlands Tea Growers' Co-operative Society");
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Leads && draft.Entities[r.Target].Name == "Tengecha Logistics Limited");
        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.Accused && draft.Entities[r.Target].Kind == EntityKind.Organization);
        draft.Relations.ShouldContain(r => r.Type == RelationKind.Accused
            && draft.Entities[r.Source].Name == "Esther Chepkoech" && draft.Entities[r.Target].Name == "Daniel Rotich");
    }

    [Theory]
    [InlineData("accurate")]
    [InlineData("fast")]
    public void Extract_BoardOfANamedBodyAndItsDefinedTerm_AreTheBody(string profile)
    {
        var draft = ShippedExtractors.Extract(profile, PressStatement);

        var body = draft.Entities.Single(e => e.Name == "Kipsigis Highlands Tea Growers' Co-operative Society Ltd");
        body.Aliases.ShouldContain("Society");
        draft.Entities.ShouldNotContain(e => e.Name.StartsWith("Board", StringComparison.Ordinal));
        draft.Relations.ShouldContain(r => r.Type == RelationKind.ResignedFrom
            && draft.Entities[r.Source].Name == "Daniel Kiprotich Rotich" && draft.Entities[r.Target] == body);
    }

    [Theory]
    [InlineData("Daniel Rotich, who resigned as the society's general manager last month, denied any wrongdoing.", "Daniel Rotich:Person")]
    [InlineData("Last week the general manager of the society, Daniel Rotich, resigned.", "Daniel Rotich:Person")]
    public void Process_ResignationFromABodyNamedWithTheRole_ResignsFromTheBody(string sentence, string person)
    {
        var document = Patterns(Mark(
            "The Kipsigis Highlands Co-operative Society buys tea.\n\n" + sentence,
            "Kipsigis Highlands Co-operative Society:Organization|" + person));
        var society = document.Entities.First(e => document.Slice(e.Span) == "Kipsigis Highlands Co-operative Society");

        document.Relations.ShouldContain(
            r => r.Kind == RelationKind.ResignedFrom && document.Slice(document.Entities[r.Source].Span) == "Daniel Rotich"
                && document.Entities[r.Target].Chain == society.Chain && society.Chain >= 0,
            Describe(document));
    }

    [Fact]
    public void Extract_PlaceAfterTheEmployersName_IsNotWhereTheAnalystLives()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Tea prices fall\n\nKelvin Otieno, an agribusiness analyst at Kilima Capital in Nairobi, said the discount on the teas would "
            + "likely persist until the leadership question was settled.");

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.LivesIn && draft.Entities[r.Source].Name == "Kelvin Otieno");
        draft.Relations.ShouldContain(r => r.Type == RelationKind.WorksFor
            && draft.Entities[r.Source].Name == "Kelvin Otieno" && draft.Entities[r.Target].Name == "Kilima Capital");
    }

    [Theory]
    [InlineData("Purity Chebet, the co-operative's acting general manager, told Leaf Ledger Africa that collection had returned to normal.", "Purity Chebet:Person|Leaf Ledger Africa:Organization", RelationKind.WorksFor, "Leaf Ledger Africa")]
    [InlineData("Kelvin Otieno, an agribusiness analyst at Kilima Capital in Nairobi, said the discount would persist.", "Kelvin Otieno:Person|Kilima Capital:Organization|Nairobi:Location", RelationKind.LivesIn, "Nairobi")]
    [InlineData("The board, led by chairman Joseph Ngetich, faces a meeting where the Kericho Smallholder Tea Farmers' Association will table a motion to dissolve it.", "Joseph Ngetich:Person|Kericho Smallholder Tea Farmers' Association:Organization", RelationKind.WorksFor, "Kericho Smallholder Tea Farmers' Association")]
    public void Process_OutletToldOrPlaceOfTheEmployer_IsNoEmploymentOrHome(string text, string entities, RelationKind kind, string target)
    {
        var document = Pipeline(Mark(text, entities));

        document.Relations.ShouldNotContain(
            r => r.Kind == kind && document.Slice(document.Entities[r.Target].Span) == target,
            Describe(document));
    }

    [Theory]
    [InlineData("Host Benjie Tabada interviews Mandaue City Councillor Lorenzo Abellanosa on the water deal.", "Benjie Tabada:Person|Mandaue City:Location|Lorenzo Abellanosa:Person", RelationKind.Interviewed, "Benjie Tabada", "Lorenzo Abellanosa")]
    [InlineData("Abellanosa repeated the charge in a March 17 interview with Radyo Sugbo host Benjie Tabada.", "Abellanosa:Person|Radyo Sugbo:Organization|Benjie Tabada:Person", RelationKind.Interviewed, "Benjie Tabada", "Abellanosa")]
    [InlineData("Abellanosa accused former GCWD general manager Rogelio Villamor in a speech of steering the award.", "Abellanosa:Person|GCWD:Organization|Rogelio Villamor:Person", RelationKind.Accused, "Abellanosa", "Rogelio Villamor")]
    [InlineData("Lorenzo Abellanosa, who accused former Greater Cebu Water District (GCWD) general manager Rogelio Villamor of steering a contract, spoke.", "Lorenzo Abellanosa:Person|Greater Cebu Water District:Organization|GCWD:Organization|Rogelio Villamor:Person", RelationKind.Accused, "Lorenzo Abellanosa", "Rogelio Villamor")]
    [InlineData("Lorenzo Abellanosa, who accused former Greater Cebu Water District (GCWD) general manager Rogelio Villamor of steering a contract, spoke.", "Lorenzo Abellanosa:Person|Greater Cebu Water District:Organization|Rogelio Villamor:Person", RelationKind.Accused, "Lorenzo Abellanosa", "Rogelio Villamor")]
    [InlineData("The head of Kabilin Water Resources on Tuesday criticized Lorenzo Abellanosa over the deal. Raymond Escario, Kabilin's president, told a hearing the deal was clean.", "Kabilin Water Resources:Organization|Lorenzo Abellanosa:Person|Raymond Escario:Person", RelationKind.Criticized, "The head", "Lorenzo Abellanosa")]
    public void Process_RoleOrAcronymBeforeTheNameOrAHeadOfABodyAsSubject_StatesTheRelationOfThePerson(string text, string entities, RelationKind kind, string source, string target)
    {
        var document = Patterns(Mark(text, entities));

        document.Relations.ShouldContain(
            r => r.Kind == kind && document.Slice(document.Entities[r.Source].Span) == source && document.Slice(document.Entities[r.Target].Span) == target,
            Describe(document));
        document.Relations.ShouldNotContain(
            r => r.Kind == kind && document.Entities[r.Target].Kind == EntityKind.Organization || (r.Kind == kind && document.Entities[r.Source].Kind == EntityKind.Organization),
            Describe(document));
    }

    [Fact]
    public void Extract_AgencyADatelineCredits_IsNotBasedInTheDatelinesPlace()
    {
        var story = File.ReadAllText(Path.Combine(RepositoryPaths.ClusterArticles("mandaue"), "2027-03-03-pns-councillor-accuses-water-district-gm.txt"));
        var draft = ShippedExtractors.Extract("accurate", string.Join('\n', story.Split('\n').Take(12)));

        draft.Relations.ShouldNotContain(r => r.Type == RelationKind.BasedIn && draft.Entities[r.Source].Name == "PNS");
    }

    [Fact]
    public void Extract_FirstPersonAfterASpeakersLabelOpenedByATitle_IsTheSpeaker()
    {
        var draft = ShippedExtractors.Extract(
            "accurate",
            "Sulti Ta: the water deal\n\nTABADA: Who do you blame?\n\nCOUN. ABELLANOSA: I accuse Rogelio Villamor of steering the contract.\n\n"
            + "TABADA: Thank you.\n\nCOUN. ABELLANOSA: Salamat.");

        draft.Relations.ShouldContain(r => r.Type == RelationKind.Accused
            && draft.Entities[r.Source].Name == "Abellanosa" && draft.Entities[r.Target].Name == "Rogelio Villamor");
    }

    [Theory]
    [InlineData("Villamor had headed the Mandaue City-based water district since 2021.")]
    [InlineData("In a statement released by the district, which is headquartered in Mandaue City, he said the bidding was fair.")]
    public void Extract_WaterDistrictDescribedWhereItIsBased_IsBasedThere(string sentence)
    {
        var draft = ShippedExtractors.Extract("accurate", "Water row\n\nThe Greater Cebu Water District (GCWD) signed the deal.\n\n" + sentence);

        draft.Relations.ShouldContain(r => r.Type == RelationKind.BasedIn
            && draft.Entities[r.Source].Name == "Greater Cebu Water District" && draft.Entities[r.Target].Name == "Mandaue City");
    }

    [Theory]
    [InlineData("Lorenzo Abellanosa, who accused former Greater Cebu Water District (GCWD) general manager Rogelio Villamor of steering a contract, spoke.", "Lorenzo Abellanosa:Person|Greater Cebu Water District:Organization|GCWD:Organization|Rogelio Villamor:Person")]
    [InlineData("Deputy Ombudsman Rosalinda Mercado, who met with SWCC convenor Cristina Bacalso, said her office would decide soon.", "Rosalinda Mercado:Person|SWCC:Organization|Cristina Bacalso:Person")]
    public void Process_BodyWhoseTitleAnotherPersonHolds_IsNotTheFirstPersonsEmployer(string text, string entities)
    {
        var document = Pipeline(Mark(text, entities));
        var first = entities[..entities.IndexOf(':', StringComparison.Ordinal)];

        document.Relations.ShouldNotContain(
            r => r.Kind == RelationKind.WorksFor && document.Slice(document.Entities[r.Source].Span) == first,
            Describe(document));
    }

    // The opening of the sahyadri cluster's wire story (written for the project), whose context made the recogniser read
    // "Pune" as an organisation.
    private const string SahyadriWire = "CCI orders probe into Sahyadri Retail's FreshKart deal\n\nNew Delhi, Nov 28 (PTI) The Competition Commission of India (CCI) has ordered a detailed investigation into Sahyadri Retail's proposed Rs 4,200 crore acquisition of online grocer FreshKart, saying the deal could harm small traders and reduce choice for consumers.\n\nIn a 22-page order, the fair trade regulator said it was of the prima facie view that the combination was likely to cause an appreciable adverse effect on competition in the quick-commerce market in at least six cities.\n\nThe CCI also said Sahyadri had \"failed to disclose\" its existing stake in a warehousing firm that supplies FreshKart, a lapse that could attract a penalty.\n\nPune-headquartered Sahyadri Retail, which runs more than 900 supermarkets across western and southern India, announced the deal in August. Its managing director Vikram Deshpande has said the acquisition would help farmers reach urban buyers faster.\n\nThe All India Kirana Traders Federation, which claims to represent over 40 lakh neighbourhood stores, has been campaigning against the takeover since it was announced. Federation president Suresh Bansal welcomed the order and said the regulator had \"finally woken up\".";

    private static DocumentBuilder Mark(string text, string entities)
    {
        var builder = new DocumentBuilder(text);
        foreach (var entity in entities.Split('|'))
        {
            var (name, kind) = (entity[..entity.LastIndexOf(':')], Enum.Parse<EntityKind>(entity[(entity.LastIndexOf(':') + 1)..]));
            builder.Entity(name, kind);
        }

        return builder;
    }

    private static KnowledgeDocument Patterns(DocumentBuilder builder)
    {
        var document = builder.Build();
        new EntityTypeRefiner().Process(document);
        new CoreferenceResolver().Process(document);
        new RelationPatternExtractor().Process(document);
        return document;
    }

    /// <summary>Runs typing, coreference, the patterns and the shipped classifier of the fast profile (which needs no encoder).</summary>
    private static KnowledgeDocument Pipeline(DocumentBuilder builder)
    {
        var document = builder.Build();
        var store = new EmbeddedModelStore();
        foreach (var stage in ExtractionStages.Create(() => EnglishPipeline.LoadRelations(store, NlpProfile.Fast)))
        {
            stage.Process(document);
        }

        return document;
    }

    private static string Describe(KnowledgeDocument document) =>
        string.Join("; ", document.Relations.Select(r =>
            $"{document.Slice(document.Entities[r.Source].Span)} {r.Kind} {document.Slice(document.Entities[r.Target].Span)} {r.Confidence:F2} {r.Extractor}"));
}
