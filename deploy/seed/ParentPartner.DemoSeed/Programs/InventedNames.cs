namespace ParentPartner.DemoSeed.Programs;

/// <summary>Common given and family names for a language Bogus has no (Latin-script) locale for; <see cref="MaleFirstNames"/> says which given names are men's.</summary>
public sealed record InventedNames(string[] FirstNames, string[] LastNames, string[] MaleFirstNames)
{
    public static readonly InventedNames Somali = new(
        ["Amina", "Hodan", "Fadumo", "Sahra", "Ayaan", "Hawa", "Mohamed", "Abdi", "Hassan", "Farah", "Ismail", "Nasra"],
        ["Ahmed", "Ali", "Hussein", "Omar", "Warsame", "Jama", "Abdullahi", "Nur", "Osman", "Yusuf", "Aden", "Farah"],
        ["Mohamed", "Abdi", "Hassan", "Farah", "Ismail"]);

    public static readonly InventedNames Arabic = new(
        ["Fatima", "Layla", "Noor", "Huda", "Rania", "Samira", "Ahmad", "Omar", "Khalid", "Yousef", "Karim", "Zainab"],
        ["Haddad", "Khalil", "Mansour", "Saleh", "Nasser", "Hamdan", "Aziz", "Darwish", "Farouk", "Qasim", "Rahman", "Shami"],
        ["Ahmad", "Omar", "Khalid", "Yousef", "Karim"]);
}
