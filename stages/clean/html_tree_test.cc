#include "clean/html_tree.h"

#include <gtest/gtest.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "clean/html_document.h"

namespace tidings::clean {
namespace {

namespace fs = std::filesystem;

// One line per node, indented by depth: "p class=x", "'text'", "C'cdata'", "!" (comment).
void DumpLine(int depth, const std::string& what, std::string* out) {
  out->append(static_cast<size_t>(depth) * 1, ' ');
  out->append(what);
  out->push_back('\n');
}

std::string Quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string Dump(const HtmlTree& t) {
  std::string out;
  if (t.root() == HtmlTree::kNone) return out;
  std::vector<std::pair<int32_t, int>> todo = {{t.root(), 0}};
  while (!todo.empty()) {
    auto [i, depth] = todo.back();
    todo.pop_back();
    const HtmlTree::Node& n = t.node(i);
    if (n.kind == HtmlTree::kText) {
      DumpLine(depth, Quoted(t.text(i)), &out);
    } else if (n.kind == HtmlTree::kCData) {
      DumpLine(depth, "C" + Quoted(t.text(i)), &out);
    } else if (n.kind == HtmlTree::kComment) {
      DumpLine(depth, "!", &out);
    } else {
      std::string line(n.tag == kTagOther ? std::string_view("?") : HtmlTagName(n.tag));
      for (const auto& a : t.attributes(i))
        line += " " + std::string(HtmlAttrNames()[a.name]) + "=" + Quoted(t.value(a));
      DumpLine(depth, line, &out);
      std::vector<int32_t> kids;
      for (int32_t c = n.first_child; c != HtmlTree::kNone; c = t.node(c).next_sibling) kids.push_back(c);
      for (size_t k = kids.size(); k-- > 0;) todo.push_back({kids[k], depth + 1});
    }
  }
  return out;
}

// The same dump of the DOM libxml2's own tree builder makes (what the cleaner walked before).
std::string DumpDom(const std::string& html, bool huge) {
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                HTML_PARSE_IGNORE_ENC | (huge ? static_cast<int>(HTML_PARSE_COMPACT) | static_cast<int>(XML_PARSE_HUGE) : 0);
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options);
  if (doc == nullptr) return "no document";
  std::string out;
  xmlNode* root = xmlDocGetRootElement(doc);
  std::vector<std::pair<xmlNode*, int>> todo;
  if (root) todo.push_back({root, 0});
  while (!todo.empty()) {
    auto [n, depth] = todo.back();
    todo.pop_back();
    const char* content = n->content ? reinterpret_cast<const char*>(n->content) : "";
    if (n->type == XML_TEXT_NODE) {
      DumpLine(depth, Quoted(content), &out);
    } else if (n->type == XML_CDATA_SECTION_NODE) {
      DumpLine(depth, "C" + Quoted(content), &out);
    } else if (n->type != XML_ELEMENT_NODE) {
      DumpLine(depth, "!", &out);
    } else {
      HtmlTag tag = LookupHtmlTag(reinterpret_cast<const char*>(n->name));
      std::string line(tag == kTagOther ? std::string_view("?") : HtmlTagName(tag));
      for (xmlAttr* a = n->properties; a; a = a->next) {
        for (std::string_view k : HtmlAttrNames()) {
          if (strcasecmp(reinterpret_cast<const char*>(a->name), std::string(k).c_str()) == 0) {
            const char* v = a->children && a->children->content ? reinterpret_cast<const char*>(a->children->content) : "";
            line += " " + std::string(k) + "=" + Quoted(v);
          }
        }
      }
      DumpLine(depth, line, &out);
      std::vector<xmlNode*> kids;
      for (xmlNode* c = n->children; c; c = c->next) kids.push_back(c);
      for (size_t k = kids.size(); k-- > 0;) todo.push_back({kids[k], depth + 1});
    }
  }
  xmlFreeDoc(doc);
  return out;
}

std::string Tree(const std::string& html, bool huge = true) {
  HtmlTree t;
  HtmlTree::Options o;
  o.huge = o.compact = huge;
  if (!HtmlTree::Build(html, o, &t).ok()) return "no document";
  return Dump(t);
}

void ExpectSameAsDom(const std::string& html, bool huge = true) {
  std::string ours = Tree(html, huge), dom = DumpDom(html, huge);
  ASSERT_EQ(ours, dom) << "input: " << html.substr(0, 300);
}

TEST(HtmlTree, ImpliedHtmlHeadAndBody) {
  EXPECT_EQ(Tree("<title>T</title>Hello"), "html\n head\n  title\n   'T'\n body\n  p\n   'Hello'\n");
  EXPECT_EQ(Tree("text only"), "html\n body\n  p\n   'text only'\n");
}

TEST(HtmlTree, AutoClosedParagraphsAndListItems) {
  EXPECT_EQ(Tree("<body><p>a<p>b<div>c</div><ul><li>1<li>2</ul>"),
            "html\n body\n  p\n   'a'\n  p\n   'b'\n  div\n   'c'\n  ul\n   li\n    '1'\n   li\n    '2'\n");
}

TEST(HtmlTree, NestedTablesAndUnclosedCells) {
  EXPECT_EQ(Tree("<body><table><tr><td>a<td>b<table><tr><td>c</table>d</table>"),
            "html\n body\n  table\n   tr\n    td\n     'a'\n    td\n     'b'\n     table\n      tr\n       td\n"
            "        'c'\n     'd'\n");
}

TEST(HtmlTree, AdjacentCharacterDataIsOneTextNode) {
  // Entities and '<' that opens no tag come as separate SAX events; the DOM merges them.
  EXPECT_EQ(Tree("<body><p>a &amp; b &lt; c < d &unknown; e</p>"),
            "html\n body\n  p\n   'a & b < c < d &unknown; e'\n");
  ExpectSameAsDom("<body><p>a &amp; b &lt; c < d &unknown; e &#x41;&#66;</p>");
}

TEST(HtmlTree, EntitiesInAttributeValuesAreDecodedAndValuelessOnesAreEmpty) {
  EXPECT_EQ(Tree("<body><div class=\"a &amp; b\" id=x&lt;y hidden data-x=1>t</div>"),
            "html\n body\n  div class='a & b' id='x<y' hidden=''\n   't'\n");
}

TEST(HtmlTree, DuplicateAttributesKeepTheFirstAndNamesAreLowercased) {
  EXPECT_EQ(Tree("<BODY><DIV CLASS=one class=two ID=i>t</DIV>"), "html\n body\n  div class='one' id='i'\n   't'\n");
}

TEST(HtmlTree, WhitespaceBetweenBlocksIsKeptAsText) {
  EXPECT_EQ(Tree("<html> <head> <title>T</title> </head> <body> <div>a</div> <div>b</div> </body> </html>"),
            Tree("<html> <head> <title>T</title> </head> <body> <div>a</div> <div>b</div> </body> </html>"));
  ExpectSameAsDom("<html> <head> <title>T</title> </head> <body> <div>a</div>\n <div>b</div> <p>x</p> <b>y</b> </body> </html>");
  ExpectSameAsDom("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><body> <div>a</div> </body></html>");
}

TEST(HtmlTree, ScriptAndStyleContentIsCData) {
  EXPECT_EQ(Tree("<head><script type=\"application/ld+json\">{\"a\": \"<b>&amp;\"}</script></head>"),
            "html\n head\n  script type='application/ld+json'\n   C'{\"a\": \"<b>&amp;\"}'\n");
  ExpectSameAsDom("<body><script>a</b>c</scr ipt>d</script><style>x</style>");
  // Long raw text comes in several cdataBlock calls.
  ExpectSameAsDom("<head><script>" + std::string(20000, 'x') + "</script><style>" + std::string(9000, 'y') + "</style>");
  EXPECT_EQ(Tree("<head><script>" + std::string(20000, 'x') + "</script>"),
            "html\n head\n  script\n   C'" + std::string(20000, 'x') + "'\n");
}

TEST(HtmlTree, ContentAfterTheRootIsAppendedToItUnlessADoctypeComesFirst) {
  // The parser implies a new <html> for what follows </html>; the DOM puts it under the root.
  EXPECT_EQ(Tree("<html><body><p>a</p></body></html><p>b</p>"),
            "html\n body\n  p\n   'a'\n html\n  p\n   'b'\n");
  EXPECT_EQ(Tree("<!DOCTYPE html><html><body><p>a</p></body></html><div>b</div>"),
            "html\n body\n  p\n   'a'\n");
  EXPECT_EQ(Tree("<html><body>a</body></html>b"), "html\n body\n  'a'\n html\n  p\n   'b'\n");
  ExpectSameAsDom("<html><body><p>a</p></body></html><p>after</p> tail");
  ExpectSameAsDom("<!DOCTYPE html><html><body><p>a</p></body></html><p>after</p> tail");
  ExpectSameAsDom("<?xml version=\"1.0\"?><html><body>a</body></html><div>after</div>");
  ExpectSameAsDom("<html><body>a</body></html><!DOCTYPE html><div>after</div>");
  ExpectSameAsDom("<html><body>a<html lang=fr><body class=b>b</body></html>c");
}

TEST(HtmlTree, CommentsAndProcessingInstructionsSplitText) {
  ExpectSameAsDom("<body><p>a<!-- c -->b<?pi x?>c</p><!x>d<!-->e");
}

TEST(HtmlTree, DepthLimitWithoutHugeStopsTheParseAsTheTreeBuilderDoes) {
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<div>" + std::to_string(i);
  ExpectSameAsDom(deep, /*huge=*/false);
  ExpectSameAsDom(deep, /*huge=*/true);
}

TEST(HtmlTree, HundredThousandLevelsBuildWithoutRecursion) {
  std::string html = "<body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  HtmlTree t;
  ASSERT_TRUE(HtmlTree::Build(html, {}, &t).ok());
  EXPECT_EQ(t.size(), 100000u + 3u);
}

TEST(HtmlTree, EmptyInputGivesNoTreeAndBlankInputNoRoot) {
  HtmlTree t;
  EXPECT_FALSE(HtmlTree::Build("", {}, &t).ok());
  ASSERT_TRUE(HtmlTree::Build("  \n ", {}, &t).ok());
  EXPECT_EQ(t.root(), HtmlTree::kNone);
}

TEST(HtmlTree, TrickyMarkupMatchesLibxml2sTreeBuilder) {
  const char* cases[] = {
      "<p>a</p><p>b",
      "<table><td>x</td></table><li>y<dd>z<dt>w",
      "<div><span>a</div>b</span>c",
      "<a href=x>1<a href=y>2</a>3",
      "<body><form><input value=a><select><option>1<option>2</select></form>",
      "<head><meta charset=utf-8><link rel=canonical href=/x><title>t</title></head>x<head><title>u</title>",
      "<frameset><frame></frameset>text",
      "<body>\x01\x02 ctl <p>\xC3\xA9\xE2\x80\x9C</p><pre>\n\n pre </pre>",
      "<noscript><p>no</p></noscript><template><p>t</p></template><svg><g>s</g></svg>",
      "<body><p>a<br>b<br/>c<hr>d</p>< p>e</ p>&#0;&#xD800;&#1114112;",
      "<p>x</p>\n\n<p>y</p>\n<b>z</b> <i>w</i>",
      "<html><head>  <title>a</title>\n</head>\n<body>\n</body>\n</html>\n",
      "<ul><li><a>1</a></li>\n<li><a>2</a></li></ul>",
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4//EN\"><body>\n<p>a</p>\n</body>",
  };
  for (const char* c : cases) ExpectSameAsDom(c);
  ExpectSameAsDom(std::string("<body><p>a\0b</p>c\0d", 19));
}

TEST(HtmlTree, RandomMarkupMatchesLibxml2sTreeBuilder) {
  const std::vector<std::string> pieces = {
      "<", ">", "/", "&", ";", "\"", "'", "=", " ", "\n", "!", "-", "?", "#", "div", "p", "li", "td", "tr",
      "table", "a", "b", "amp", "lt", "html", "body", "head", "title", "script", "style", "x", "class", "id",
      "&#", "<!--", "-->", "<p>", "</p>", "<div class=\"a\">", "</div>", "<li>", "<td>", "<br>", "text ", "\t",
      "<!DOCTYPE html>", "<?pi?>", "<html>", "</html>", "<body>", "</body>", "<head>", "<meta name=x content=y>",
      "<script>", "</script>", "<textarea>", "<select>", "<option>", "<table>", "<ul>", "<dl>", "<dt>", "<h1>"};
  std::mt19937 rng(19);
  for (int round = 0; round < 300; ++round) {
    std::string html;
    int n = 1 + static_cast<int>(rng() % 200);
    for (int k = 0; k < n; ++k) html += pieces[rng() % pieces.size()];
    ExpectSameAsDom(html);
    if (HasFatalFailure()) return;
  }
}

TEST(HtmlTree, CorpusPagesMatchLibxml2sTreeBuilder) {
  fs::path dir = fs::path(TIDINGS_SHARED_DIR) / "corpora/article-extraction/dev/html";
  if (!fs::exists(dir)) GTEST_SKIP() << "needs ../shared/corpora/article-extraction";
  int pages = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string raw = ss.str();
    std::string stripped;
    StripRawTextElements(raw, &stripped, AttributesTheCleanerReads());
    ExpectSameAsDom(stripped);
    ExpectSameAsDom(raw);
    ExpectSameAsDom(stripped.substr(0, stripped.size() / 3));
    if (HasFatalFailure()) return;
    ++pages;
  }
  EXPECT_GT(pages, 0);
}

}  // namespace
}  // namespace tidings::clean
