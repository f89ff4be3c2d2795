using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OutlookRelations.Memory.Cleaning;

/// <summary>
/// HTML mail to plain text with a real HTML parser. Block elements become line breaks so quote
/// markers and signatures stay on lines of their own; quoted blocks (&lt;blockquote&gt;, Gmail and
/// Outlook reply containers) are dropped, since their author is someone else.
/// </summary>
public static class HtmlToText
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "BR", "LI", "TR", "H1", "H2", "H3", "H4", "H5", "H6", "TABLE", "UL", "OL", "HR", "PRE",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "HEAD", "TITLE", "BLOCKQUOTE",
    };

    public static string Convert(string html)
    {
        var document = Parser.ParseDocument(html);
        var text = new StringBuilder(html.Length / 2);
        Append(document.Body ?? document.DocumentElement, text);
        return text.ToString();
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data.Replace('\u00a0', ' '));
                    break;
                case IElement e when Skipped.Contains(e.TagName) || IsQuotedReply(e):
                    break;
                case IElement e:
                    var block = Blocks.Contains(e.TagName);
                    if (block) text.Append('\n');
                    Append(e, text);
                    if (block) text.Append('\n');
                    break;
            }
        }
    }

    // Gmail wraps the quoted thread in div.gmail_quote; Outlook on the web in #divRplyFwdMsg / #appendonsend.
    private static bool IsQuotedReply(IElement e) =>
        e.ClassList.Contains("gmail_quote") || e.Id is "divRplyFwdMsg" or "appendonsend";
}
