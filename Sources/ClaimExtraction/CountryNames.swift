/// Country names with the adjectives and plurals English uses for them, so "British troops",
/// "the French", "two Ethiopians" and "Norway" all reach a country: every UN member state, the
/// two observer states and the places news writes of like countries (Taiwan, Kosovo, Hong Kong,
/// Macau). General knowledge, not knowledge of any one story: the entity registry decides ids
/// and names, this table only supplies the words. The usual English short name comes first (its
/// slug is the id a registry without the country gets: "ivory-coast", "east-timor").
enum CountryNames {
    /// Name, then demonyms as written for one person or as an adjective ("Briton", "British"),
    /// then other names in common use. Regular plurals are added by `forms(of:)`.
    static let entries: [(name: String, demonyms: [String], aliases: [String])] = [
        ("Afghanistan", ["Afghan"], []), ("Albania", ["Albanian"], []), ("Algeria", ["Algerian"], []),
        ("Andorra", ["Andorran"], []), ("Angola", ["Angolan"], []), ("Antigua and Barbuda", ["Antiguan"], ["Antigua"]),
        ("Argentina", ["Argentine", "Argentinian"], []), ("Armenia", ["Armenian"], []),
        ("Australia", ["Australian"], []), ("Austria", ["Austrian"], []), ("Azerbaijan", ["Azerbaijani"], []),
        ("Bahamas", ["Bahamian"], ["the Bahamas"]), ("Bahrain", ["Bahraini"], []), ("Bangladesh", ["Bangladeshi"], []),
        ("Barbados", ["Barbadian", "Bajan"], []), ("Belarus", ["Belarusian"], []), ("Belgium", ["Belgian"], []),
        ("Belize", ["Belizean"], []), ("Benin", ["Beninese"], []), ("Bhutan", ["Bhutanese"], []),
        ("Bolivia", ["Bolivian"], []), ("Bosnia and Herzegovina", ["Bosnian"], ["Bosnia"]),
        ("Botswana", ["Botswanan"], []), ("Brazil", ["Brazilian"], []), ("Brunei", ["Bruneian"], []),
        ("Bulgaria", ["Bulgarian"], []), ("Burkina Faso", ["Burkinabe", "Burkinabè"], []),
        ("Burundi", ["Burundian"], []), ("Cambodia", ["Cambodian"], []), ("Cameroon", ["Cameroonian"], []),
        ("Canada", ["Canadian"], []), ("Cape Verde", ["Cape Verdean"], ["Cabo Verde"]),
        ("Central African Republic", ["Central African"], []), ("Chad", ["Chadian"], []), ("Chile", ["Chilean"], []),
        ("China", ["Chinese"], []), ("Colombia", ["Colombian"], []), ("Comoros", ["Comoran", "Comorian"], []),
        ("Costa Rica", ["Costa Rican"], []), ("Croatia", ["Croatian"], []), ("Cuba", ["Cuban"], []),
        ("Cyprus", ["Cypriot"], []), ("Czech Republic", ["Czech", "Czechs"], ["Czechia"]),
        ("Democratic Republic of the Congo", ["Congolese"], ["DR Congo", "DRC", "Congo-Kinshasa", "Congo"]),
        ("Denmark", ["Danish", "Dane"], []), ("Djibouti", ["Djiboutian"], []), ("Dominica", [], []),
        ("Dominican Republic", ["Dominican"], []), ("East Timor", ["Timorese", "East Timorese"], ["Timor-Leste"]),
        ("Ecuador", ["Ecuadorian", "Ecuadorean"], []), ("Egypt", ["Egyptian"], []),
        ("El Salvador", ["Salvadoran", "Salvadorean"], []), ("Equatorial Guinea", ["Equatorial Guinean"], []),
        ("Eritrea", ["Eritrean"], []), ("Estonia", ["Estonian"], []), ("Eswatini", ["Swazi"], ["Swaziland"]),
        ("Ethiopia", ["Ethiopian"], []), ("Fiji", ["Fijian"], []), ("Finland", ["Finnish", "Finn"], []),
        ("France", ["French", "Frenchman", "Frenchwoman"], []), ("Gabon", ["Gabonese"], []),
        ("Gambia", ["Gambian"], ["The Gambia", "the Gambia"]), ("Georgia", ["Georgian"], []),
        ("Germany", ["German"], []), ("Ghana", ["Ghanaian"], []), ("Greece", ["Greek"], []),
        ("Grenada", ["Grenadian"], []), ("Guatemala", ["Guatemalan"], []), ("Guinea", ["Guinean"], []),
        ("Guinea-Bissau", ["Bissau-Guinean"], []), ("Guyana", ["Guyanese"], []), ("Haiti", ["Haitian"], []),
        ("Honduras", ["Honduran"], []), ("Hungary", ["Hungarian"], []), ("Iceland", ["Icelandic", "Icelander"], []),
        ("India", ["Indian"], []), ("Indonesia", ["Indonesian"], []), ("Iran", ["Iranian"], []),
        ("Iraq", ["Iraqi"], []), ("Ireland", ["Irish"], ["Republic of Ireland"]), ("Israel", ["Israeli"], []),
        ("Italy", ["Italian"], []), ("Ivory Coast", ["Ivorian"], ["Côte d'Ivoire", "Cote d'Ivoire"]),
        ("Jamaica", ["Jamaican"], []), ("Japan", ["Japanese"], []), ("Jordan", ["Jordanian"], []),
        ("Kazakhstan", ["Kazakh", "Kazakhstani"], []), ("Kenya", ["Kenyan"], []), ("Kiribati", [], []),
        ("Kuwait", ["Kuwaiti"], []), ("Kyrgyzstan", ["Kyrgyz"], []), ("Laos", ["Laotian"], []),
        ("Latvia", ["Latvian"], []), ("Lebanon", ["Lebanese"], []), ("Lesotho", [], []), ("Liberia", ["Liberian"], []),
        ("Libya", ["Libyan"], []), ("Liechtenstein", ["Liechtensteiner"], []), ("Lithuania", ["Lithuanian"], []),
        ("Luxembourg", ["Luxembourgish", "Luxembourger"], []), ("Madagascar", ["Malagasy"], []),
        ("Malawi", ["Malawian"], []), ("Malaysia", ["Malaysian"], []), ("Maldives", ["Maldivian"], ["the Maldives"]),
        ("Mali", ["Malian"], []), ("Malta", ["Maltese"], []), ("Marshall Islands", ["Marshallese"], []),
        ("Mauritania", ["Mauritanian"], []), ("Mauritius", ["Mauritian"], []), ("Mexico", ["Mexican"], []),
        ("Micronesia", ["Micronesian"], []), ("Moldova", ["Moldovan"], []), ("Monaco", ["Monegasque"], []),
        ("Mongolia", ["Mongolian"], []), ("Montenegro", ["Montenegrin"], []), ("Morocco", ["Moroccan"], []),
        ("Mozambique", ["Mozambican"], []), ("Myanmar", ["Burmese"], ["Burma"]), ("Namibia", ["Namibian"], []),
        ("Nauru", ["Nauruan"], []), ("Nepal", ["Nepali", "Nepalese"], []),
        ("Netherlands", ["Dutch", "Dutchman", "Dutchwoman"], ["the Netherlands", "Holland"]),
        ("New Zealand", ["New Zealander"], []), ("Nicaragua", ["Nicaraguan"], []), ("Niger", ["Nigerien"], []),
        ("Nigeria", ["Nigerian"], []), ("North Korea", ["North Korean"], []), ("North Macedonia", ["Macedonian"], []),
        ("Norway", ["Norwegian"], []), ("Oman", ["Omani"], []), ("Pakistan", ["Pakistani"], []),
        ("Palau", ["Palauan"], []), ("Panama", ["Panamanian"], []), ("Papua New Guinea", ["Papua New Guinean"], []),
        ("Paraguay", ["Paraguayan"], []), ("Peru", ["Peruvian"], []),
        ("Philippines", ["Filipino", "Filipina", "Philippine"], ["the Philippines"]),
        ("Poland", ["Polish", "Pole"], []), ("Portugal", ["Portuguese"], []), ("Qatar", ["Qatari"], []),
        ("Republic of the Congo", [], ["Congo-Brazzaville", "Republic of Congo"]), ("Romania", ["Romanian"], []),
        ("Russia", ["Russian"], ["Russian Federation"]), ("Rwanda", ["Rwandan"], []),
        ("Saint Kitts and Nevis", ["Kittitian"], []), ("Saint Lucia", ["Saint Lucian"], ["St Lucia"]),
        ("Saint Vincent and the Grenadines", ["Vincentian"], []), ("Samoa", ["Samoan"], []),
        ("San Marino", ["Sammarinese"], []), ("Sao Tome and Principe", ["Santomean"], ["São Tomé and Príncipe"]),
        ("Saudi Arabia", ["Saudi", "Saudi Arabian"], []), ("Senegal", ["Senegalese"], []), ("Serbia", ["Serbian"], []),
        ("Seychelles", ["Seychellois"], []), ("Sierra Leone", ["Sierra Leonean"], []),
        ("Singapore", ["Singaporean"], []), ("Slovakia", ["Slovak", "Slovakian"], []),
        ("Slovenia", ["Slovenian", "Slovene"], []), ("Solomon Islands", ["Solomon Islander"], []),
        ("Somalia", ["Somali"], []), ("South Africa", ["South African"], []),
        ("South Korea", ["South Korean"], ["Republic of Korea"]), ("South Sudan", ["South Sudanese"], []),
        ("Spain", ["Spanish", "Spaniard"], []), ("Sri Lanka", ["Sri Lankan"], []), ("Sudan", ["Sudanese"], []),
        ("Suriname", ["Surinamese"], []), ("Sweden", ["Swedish", "Swede"], []), ("Switzerland", ["Swiss"], []),
        ("Syria", ["Syrian"], []), ("Tajikistan", ["Tajik"], []), ("Tanzania", ["Tanzanian"], []),
        ("Thailand", ["Thai"], []), ("Togo", ["Togolese"], []), ("Tonga", ["Tongan"], []),
        ("Trinidad and Tobago", ["Trinidadian", "Tobagonian"], ["Trinidad"]), ("Tunisia", ["Tunisian"], []),
        ("Turkey", ["Turkish"], ["Türkiye"]), ("Turkmenistan", ["Turkmen"], []), ("Tuvalu", ["Tuvaluan"], []),
        ("Uganda", ["Ugandan"], []), ("Ukraine", ["Ukrainian"], []),
        ("United Arab Emirates", ["Emirati"], ["UAE", "U.A.E."]),
        ("United Kingdom", ["British", "Briton"], ["UK", "U.K.", "Britain", "Great Britain"]),
        ("United States", ["American"], ["US", "U.S.", "USA", "U.S.A.", "United States of America"]),
        ("Uruguay", ["Uruguayan"], []), ("Uzbekistan", ["Uzbek"], []), ("Vanuatu", [], []),
        ("Vatican City", [], ["Vatican", "Holy See"]), ("Venezuela", ["Venezuelan"], []),
        ("Vietnam", ["Vietnamese"], ["Viet Nam"]), ("Yemen", ["Yemeni"], []), ("Zambia", ["Zambian"], []),
        ("Zimbabwe", ["Zimbabwean"], []), ("Taiwan", ["Taiwanese"], []), ("Kosovo", ["Kosovar", "Kosovan"], []),
        ("Palestine", ["Palestinian"], ["State of Palestine"]), ("Hong Kong", ["Hongkonger"], []),
        ("Macau", ["Macanese"], ["Macao"]),
        // The United Kingdom's nations, as sport and its coverage name them.
        ("England", ["English", "Englishman", "Englishwoman"], []), ("Scotland", ["Scottish", "Scot"], []),
        ("Wales", ["Welsh", "Welshman", "Welshwoman"], []), ("Northern Ireland", ["Northern Irish"], []),
    ]

    /// The table extraction reads: `entries` with each demonym's plural beside it.
    static let table: [(name: String, demonyms: [String], aliases: [String])] = entries.map {
        (name: $0.name, demonyms: $0.demonyms.flatMap(forms(of:)), aliases: $0.aliases)
    }

    /// Every one-word demonym: a registry may list "English" as an alias of England, so the
    /// mention reads as the country's name, yet "the English veteran X" is still a demonym.
    static let demonymWords: WordSet = WordSet(table.flatMap(\.demonyms).filter { !$0.contains(" ") }
        .map(WordHash.of))

    static func isDemonymWord(_ tokens: [Token], _ span: ClosedRange<Int>) -> Bool {
        span.count == 1 && demonymWords.contains(tokens[span.lowerBound].hash)
    }

    /// Short names that are also given names ("Jordan Henderson", "Chad Le Clos"): a bare one is
    /// more often a person than the country, so only the demonym and longer names find it.
    static let givenNames: Set<String> = ["Jordan", "Chad"]

    /// A demonym and its plural: "Kenyan" / "Kenyans", "Frenchman" / "Frenchmen". Adjectives
    /// that are their own plural ("Chinese", "Swiss", "British", "Dutch") have none.
    static func forms(of demonym: String) -> [String] {
        let invariant = ["ese", "ss", "sh", "ch", "ois", "z", "y", "è"]
        if invariant.contains(where: { demonym.hasSuffix($0) }) { return [demonym] }
        if demonym.hasSuffix("man") { return [demonym, String(demonym.dropLast(3)) + "men"] }
        return [demonym, demonym + "s"]
    }

    /// Capitals that stand for their state's government in news English ("London said",
    /// "talks between Paris and Berlin"): read as the country only where the sentence makes
    /// the city act (see `EntityResolver.standsForState`), never as a place.
    static let capitals: [(capital: String, country: String)] = [
        ("London", "United Kingdom"), ("Paris", "France"), ("Berlin", "Germany"), ("Rome", "Italy"),
        ("Madrid", "Spain"), ("Washington", "United States"), ("Moscow", "Russia"), ("Beijing", "China"),
        ("Kyiv", "Ukraine"), ("Kiev", "Ukraine"), ("Tokyo", "Japan"), ("Seoul", "South Korea"),
        ("Pyongyang", "North Korea"), ("Tehran", "Iran"), ("Ankara", "Turkey"), ("Warsaw", "Poland"),
        ("Brasília", "Brazil"), ("Brasilia", "Brazil"), ("New Delhi", "India"), ("Ottawa", "Canada"),
        ("Canberra", "Australia"), ("Oslo", "Norway"), ("Stockholm", "Sweden"), ("Copenhagen", "Denmark"),
        ("Helsinki", "Finland"), ("The Hague", "Netherlands"), ("Vienna", "Austria"), ("Bern", "Switzerland"),
        ("Lisbon", "Portugal"), ("Athens", "Greece"), ("Budapest", "Hungary"), ("Prague", "Czech Republic"),
        ("Bucharest", "Romania"), ("Minsk", "Belarus"), ("Riyadh", "Saudi Arabia"), ("Cairo", "Egypt"),
        ("Islamabad", "Pakistan"), ("Kabul", "Afghanistan"), ("Baghdad", "Iraq"), ("Damascus", "Syria"),
        ("Tbilisi", "Georgia"), ("Vilnius", "Lithuania"), ("Riga", "Latvia"), ("Tallinn", "Estonia"),
        ("Dublin", "Ireland"), ("Mexico City", "Mexico"), ("Buenos Aires", "Argentina"), ("Pretoria", "South Africa"),
        ("Abuja", "Nigeria"), ("Nairobi", "Kenya"), ("Jakarta", "Indonesia"), ("Wellington", "New Zealand"),
        ("Belgrade", "Serbia"), ("Sofia", "Bulgaria"), ("Zagreb", "Croatia"), ("Bratislava", "Slovakia"),
        ("Ljubljana", "Slovenia"), ("Yerevan", "Armenia"), ("Baku", "Azerbaijan"), ("Chisinau", "Moldova"),
        ("Astana", "Kazakhstan"), ("Addis Ababa", "Ethiopia"), ("Asmara", "Eritrea"), ("Kampala", "Uganda"),
        ("Dodoma", "Tanzania"), ("Kigali", "Rwanda"), ("Khartoum", "Sudan"), ("Rabat", "Morocco"),
        ("Algiers", "Algeria"), ("Tunis", "Tunisia"), ("Accra", "Ghana"), ("Dakar", "Senegal"),
        ("Kinshasa", "Democratic Republic of the Congo"), ("Luanda", "Angola"), ("Harare", "Zimbabwe"),
        ("Lusaka", "Zambia"), ("Maputo", "Mozambique"), ("Mogadishu", "Somalia"), ("Amman", "Jordan"),
        ("Beirut", "Lebanon"), ("Doha", "Qatar"), ("Abu Dhabi", "United Arab Emirates"), ("Muscat", "Oman"),
        ("Dhaka", "Bangladesh"), ("Colombo", "Sri Lanka"), ("Kathmandu", "Nepal"), ("Bangkok", "Thailand"),
        ("Hanoi", "Vietnam"), ("Manila", "Philippines"), ("Kuala Lumpur", "Malaysia"), ("Taipei", "Taiwan"),
        ("Phnom Penh", "Cambodia"), ("Havana", "Cuba"), ("Caracas", "Venezuela"), ("Bogotá", "Colombia"),
        ("Bogota", "Colombia"), ("Lima", "Peru"), ("Santiago", "Chile"), ("Quito", "Ecuador"),
        ("Montevideo", "Uruguay"), ("Kingston", "Jamaica"), ("Pristina", "Kosovo"), ("Tashkent", "Uzbekistan"),
    ]
}
