using System.Text;

namespace ParentPartner.DemoSeed.Programs;

/// <summary>Names turned into e-mail and domain parts: lower-case ASCII letters, accents dropped, words joined by dots.</summary>
public static class AsciiLetters
{
    /// <summary>The letters of <paramref name="text"/>, or the fallback when nothing is left (e.g. Chinese names).</summary>
    public static string Of(string text, string fallback)
    {
        var letters = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            var plain = Fold(c);
            if (plain is >= 'a' and <= 'z')
            {
                letters.Append(plain);
            }
            else if (plain == ' ' && letters.Length > 0 && letters[^1] != '.')
            {
                letters.Append('.');
            }
        }
        var result = letters.ToString().Trim('.');
        return result.Length > 0 ? result : fallback;
    }

    // Accented Latin letters of Spanish and Vietnamese names → their base letter.
    private static char Fold(char c) => c switch
    {
        'á' or 'à' or 'ả' or 'ã' or 'ạ' or 'ă' or 'ắ' or 'ằ' or 'ẳ' or 'ẵ' or 'ặ' or 'â' or 'ấ' or 'ầ' or 'ẩ' or 'ẫ' or 'ậ' => 'a',
        'é' or 'è' or 'ẻ' or 'ẽ' or 'ẹ' or 'ê' or 'ế' or 'ề' or 'ể' or 'ễ' or 'ệ' => 'e',
        'í' or 'ì' or 'ỉ' or 'ĩ' or 'ị' or 'ï' => 'i',
        'ó' or 'ò' or 'ỏ' or 'õ' or 'ọ' or 'ô' or 'ố' or 'ồ' or 'ổ' or 'ỗ' or 'ộ' or 'ơ' or 'ớ' or 'ờ' or 'ở' or 'ỡ' or 'ợ' => 'o',
        'ú' or 'ù' or 'ủ' or 'ũ' or 'ụ' or 'ư' or 'ứ' or 'ừ' or 'ử' or 'ữ' or 'ự' or 'ü' => 'u',
        'ý' or 'ỳ' or 'ỷ' or 'ỹ' or 'ỵ' => 'y',
        'đ' => 'd',
        'ñ' => 'n',
        _ => c,
    };
}
