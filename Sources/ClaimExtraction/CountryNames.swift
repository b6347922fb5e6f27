/// Country names with the adjectives and plurals English uses for them, so "British troops",
/// "the French" and "Norway" all reach a country. General knowledge, not knowledge of any one
/// story: the entity registry decides ids and names, this table only supplies the words.
enum CountryNames {
    /// Name, then demonyms ("British", "Briton"), then other names in common use.
    static let table: [(name: String, demonyms: [String], aliases: [String])] = [
        ("Afghanistan", ["Afghan"], []), ("Albania", ["Albanian"], []), ("Algeria", ["Algerian"], []),
        ("Argentina", ["Argentine", "Argentinian"], []), ("Armenia", ["Armenian"], []),
        ("Australia", ["Australian"], []), ("Austria", ["Austrian"], []), ("Azerbaijan", ["Azerbaijani"], []),
        ("Belarus", ["Belarusian"], []), ("Belgium", ["Belgian"], []),
        ("Bosnia and Herzegovina", ["Bosnian"], ["Bosnia"]), ("Brazil", ["Brazilian"], []),
        ("Bulgaria", ["Bulgarian"], []), ("Canada", ["Canadian"], []), ("Chile", ["Chilean"], []),
        ("China", ["Chinese"], []), ("Colombia", ["Colombian"], []), ("Croatia", ["Croatian"], []),
        ("Cyprus", ["Cypriot"], []), ("Czech Republic", ["Czech"], ["Czechia"]),
        ("Denmark", ["Danish", "Dane", "Danes"], []), ("Egypt", ["Egyptian"], []), ("Estonia", ["Estonian"], []),
        ("Finland", ["Finnish", "Finn", "Finns"], []), ("France", ["French"], []), ("Georgia", ["Georgian"], []),
        ("Germany", ["German", "Germans"], []), ("Greece", ["Greek"], []), ("Hungary", ["Hungarian"], []),
        ("Iceland", ["Icelandic"], []), ("India", ["Indian"], []), ("Indonesia", ["Indonesian"], []),
        ("Iran", ["Iranian"], []), ("Iraq", ["Iraqi"], []), ("Ireland", ["Irish"], []), ("Israel", ["Israeli"], []),
        ("Italy", ["Italian"], []), ("Japan", ["Japanese"], []), ("Kazakhstan", ["Kazakh"], []),
        ("Kenya", ["Kenyan"], []), ("Latvia", ["Latvian"], []), ("Lithuania", ["Lithuanian"], []),
        ("Luxembourg", ["Luxembourgish"], []), ("Malta", ["Maltese"], []), ("Mexico", ["Mexican"], []),
        ("Moldova", ["Moldovan"], []), ("Montenegro", ["Montenegrin"], []),
        ("Netherlands", ["Dutch"], ["the Netherlands", "Holland"]), ("New Zealand", ["New Zealander"], []),
        ("Nigeria", ["Nigerian"], []), ("North Korea", ["North Korean"], []), ("North Macedonia", ["Macedonian"], []),
        ("Norway", ["Norwegian"], []), ("Pakistan", ["Pakistani"], []), ("Poland", ["Polish", "Pole", "Poles"], []),
        ("Portugal", ["Portuguese"], []), ("Romania", ["Romanian"], []), ("Russia", ["Russian", "Russians"], []),
        ("Saudi Arabia", ["Saudi"], []), ("Serbia", ["Serbian"], []), ("Slovakia", ["Slovak"], []),
        ("Slovenia", ["Slovenian", "Slovene"], []), ("South Africa", ["South African"], []),
        ("South Korea", ["South Korean"], []), ("Spain", ["Spanish", "Spaniard"], []),
        ("Sweden", ["Swedish", "Swede", "Swedes"], []), ("Switzerland", ["Swiss"], []), ("Syria", ["Syrian"], []),
        ("Turkey", ["Turkish"], ["Türkiye"]), ("Ukraine", ["Ukrainian", "Ukrainians"], []),
        ("United Kingdom", ["British", "Briton", "Britons"], ["UK", "U.K.", "Britain", "Great Britain"]),
        ("United States", ["American", "Americans"], ["US", "U.S.", "USA", "United States of America"]),
    ]

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
        ("Astana", "Kazakhstan"),
    ]
}
