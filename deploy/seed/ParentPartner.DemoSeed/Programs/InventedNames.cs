namespace ParentPartner.DemoSeed.Programs;

/// <summary>Common given and family names for a language Bogus has no locale for.</summary>
public sealed record InventedNames(string[] FirstNames, string[] LastNames)
{
    public static readonly InventedNames Somali = new(
        ["Amina", "Hodan", "Fadumo", "Sahra", "Ayaan", "Hawa", "Mohamed", "Abdi", "Hassan", "Farah", "Ismail", "Nasra"],
        ["Ahmed", "Ali", "Hussein", "Omar", "Warsame", "Jama", "Abdullahi", "Nur", "Osman", "Yusuf", "Aden", "Farah"]);
}
