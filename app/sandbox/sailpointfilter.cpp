// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sailpointfilter.h"

#include <array>
#include <utility>

#include "sandbox/isotime.h"

namespace Gatehouse::Sandbox::SailPointFilter {

namespace {

struct FieldInfo
{
    const char *name;
    Field field;
    std::array<bool, 7> ops; // indexed by Op
    bool sortable;
};

//                                    eq     sw     in     ge     gt     le     lt
constexpr std::array<bool, 7> strOps{true, true, true, false, false, false, false};
constexpr std::array<bool, 7> timeOps{true, false, false, true, true, true, true};
constexpr std::array<bool, 7> eqOnly{true, false, false, false, false, false, false};
constexpr std::array<bool, 7> eqIn{true, false, true, false, false, false, false};

constexpr FieldInfo fields[] = {
    {"id", Field::Id, strOps, true},
    {"identityId", Field::IdentityId, strOps, true},
    {"name", Field::Name, strOps, true},
    {"nativeIdentity", Field::NativeIdentity, strOps, true},
    {"sourceId", Field::SourceId, strOps, true},
    {"identity.name", Field::IdentityName, strOps, true},
    {"created", Field::Created, timeOps, true},
    {"modified", Field::Modified, timeOps, true},
    {"hasEntitlements", Field::HasEntitlements, eqOnly, false},
    {"uncorrelated", Field::Uncorrelated, eqOnly, false},
    {"manuallyCorrelated", Field::ManuallyCorrelated, eqOnly, true},
    {"origin", Field::Origin, eqIn, true},
};

struct OpName
{
    const char *name;
    Op op;
};

constexpr OpName opNames[] = {
    {"eq", Op::Eq},
    {"sw", Op::Sw},
    {"in", Op::In},
    {"ge", Op::Ge},
    {"gt", Op::Gt},
    {"le", Op::Le},
    {"lt", Op::Lt},
};

// Operators of the grammar that no account field supports.
constexpr const char *otherOps[] = {"ne", "co", "ca", "pr", "isnull"};

const FieldInfo *findField(const QString &name)
{
    for (const auto &f : fields) {
        if (name == QLatin1String(f.name))
            return &f;
    }
    return nullptr;
}

QByteArray lowerAscii(QByteArray text)
{
    for (char &c : text) {
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
    }
    return text;
}

struct Token
{
    enum class Type
    {
        End,
        LParen,
        RParen,
        Comma,
        String,
        Word
    };
    Type type = Type::End;
    QString text;
    qsizetype position = 0;
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    { }

    std::unique_ptr<Node> run(QString *error)
    {
        if (!lex()) {
            *error = m_error;
            return nullptr;
        }
        if (m_tokens.size() == 1) {
            *error = QStringLiteral("Invalid filter: the expression is empty");
            return nullptr;
        }
        auto node = parseOr();
        if (node && peek().type != Token::Type::End)
            fail(QStringLiteral("unexpected '%1' at position %2")
                     .arg(peek().text)
                     .arg(peek().position + 1));
        if (!m_error.isEmpty()) {
            *error = m_error;
            return nullptr;
        }
        return node;
    }

private:
    bool lex()
    {
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            t.position = i;
            if (c == QLatin1Char('(')) {
                t.type = Token::Type::LParen;
                t.text = QStringLiteral("(");
                ++i;
            } else if (c == QLatin1Char(')')) {
                t.type = Token::Type::RParen;
                t.text = QStringLiteral(")");
                ++i;
            } else if (c == QLatin1Char(',')) {
                t.type = Token::Type::Comma;
                t.text = QStringLiteral(",");
                ++i;
            } else if (c == QLatin1Char('"')) {
                t.type = Token::Type::String;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar d = m_text.at(i);
                    if (d == QLatin1Char('\\')) {
                        if (i + 1 >= n) {
                            break;
                        }
                        const QChar e = m_text.at(i + 1);
                        if (e != QLatin1Char('"') && e != QLatin1Char('\\')) {
                            m_error = QStringLiteral(
                                "Invalid filter: unsupported escape '\\%1' at position %2")
                                          .arg(e)
                                          .arg(i + 1);
                            return false;
                        }
                        t.text.append(e);
                        i += 2;
                        continue;
                    }
                    if (d == QLatin1Char('"')) {
                        closed = true;
                        ++i;
                        break;
                    }
                    t.text.append(d);
                    ++i;
                }
                if (!closed) {
                    m_error = QStringLiteral("Invalid filter: unterminated string starting at "
                                             "position %1")
                                  .arg(t.position + 1);
                    return false;
                }
            } else {
                t.type = Token::Type::Word;
                while (i < n) {
                    const QChar d = m_text.at(i);
                    if (d.isSpace() || d == QLatin1Char('(') || d == QLatin1Char(')')
                        || d == QLatin1Char(',') || d == QLatin1Char('"'))
                        break;
                    t.text.append(d);
                    ++i;
                }
            }
            m_tokens.push_back(std::move(t));
        }
        Token end;
        end.position = n;
        end.text = QStringLiteral("end of filter");
        m_tokens.push_back(end);
        return true;
    }

    const Token &peek() const { return m_tokens[m_pos]; }
    Token take() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }
    bool peekWord(const char *word) const
    {
        return peek().type == Token::Type::Word && peek().text == QLatin1String(word);
    }
    void fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("Invalid filter: ") + what;
    }

    std::unique_ptr<Node> combine(
        Node::Type type, std::unique_ptr<Node> left, std::unique_ptr<Node> right)
    {
        if (left->type == type) {
            left->children.push_back(std::move(right));
            return left;
        }
        auto node = std::make_unique<Node>();
        node->type = type;
        node->children.push_back(std::move(left));
        node->children.push_back(std::move(right));
        return node;
    }

    std::unique_ptr<Node> parseOr()
    {
        auto left = parseAnd();
        while (left && peekWord("or")) {
            take();
            auto right = parseAnd();
            if (!right)
                return nullptr;
            left = combine(Node::Type::Or, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseAnd()
    {
        auto left = parseNot();
        while (left && peekWord("and")) {
            take();
            auto right = parseNot();
            if (!right)
                return nullptr;
            left = combine(Node::Type::And, std::move(left), std::move(right));
        }
        return left;
    }

    std::unique_ptr<Node> parseNot()
    {
        if (peekWord("not")) {
            take();
            auto child = parseNot();
            if (!child)
                return nullptr;
            auto node = std::make_unique<Node>();
            node->type = Node::Type::Not;
            node->children.push_back(std::move(child));
            return node;
        }
        return parsePrimary();
    }

    std::unique_ptr<Node> parsePrimary()
    {
        if (peek().type == Token::Type::LParen) {
            take();
            auto inner = parseOr();
            if (!inner)
                return nullptr;
            if (peek().type != Token::Type::RParen) {
                fail(QStringLiteral("expected ')' at position %1, found '%2'")
                         .arg(peek().position + 1)
                         .arg(peek().text));
                return nullptr;
            }
            take();
            return inner;
        }
        return parseComparison();
    }

    bool parseValue(const FieldInfo &field, Node *node)
    {
        const Token value = take();
        const QString where = QStringLiteral("at position %1").arg(value.position + 1);
        switch (valueKind(field.field)) {
        case ValueKind::String:
            if (value.type != Token::Type::String) {
                fail(QStringLiteral("the value for '%1' must be a double-quoted string, found "
                                    "'%2' %3")
                         .arg(QLatin1String(field.name), value.text, where));
                return false;
            }
            node->values.append(lowerAscii(value.text.toUtf8()));
            return true;
        case ValueKind::Time: {
            qint64 ms = 0;
            if (value.type != Token::Type::Word || !IsoTime::parse(value.text.toLatin1(), &ms)) {
                fail(QStringLiteral("the value for '%1' must be an unquoted RFC 3339 date-time, "
                                    "found '%2' %3")
                         .arg(QLatin1String(field.name), value.text, where));
                return false;
            }
            node->time = ms;
            return true;
        }
        case ValueKind::Bool:
            if (value.type != Token::Type::Word
                || (value.text != QLatin1String("true") && value.text != QLatin1String("false"))) {
                fail(QStringLiteral("the value for '%1' must be true or false, found '%2' %3")
                         .arg(QLatin1String(field.name), value.text, where));
                return false;
            }
            node->flag = value.text == QLatin1String("true");
            return true;
        }
        return false;
    }

    std::unique_ptr<Node> parseComparison()
    {
        const Token fieldToken = take();
        if (fieldToken.type != Token::Type::Word) {
            fail(QStringLiteral("expected a field name at position %1, found '%2'")
                     .arg(fieldToken.position + 1)
                     .arg(fieldToken.text));
            return nullptr;
        }
        const FieldInfo *field = findField(fieldToken.text);
        if (!field) {
            fail(QStringLiteral("the field '%1' is not supported for filtering accounts")
                     .arg(fieldToken.text));
            return nullptr;
        }
        const Token opToken = take();
        if (opToken.type != Token::Type::Word) {
            fail(QStringLiteral("expected an operator after '%1', found '%2'")
                     .arg(fieldToken.text, opToken.text));
            return nullptr;
        }
        const OpName *op = nullptr;
        for (const auto &o : opNames) {
            if (opToken.text == QLatin1String(o.name))
                op = &o;
        }
        bool knownElsewhere = false;
        for (const char *other : otherOps)
            knownElsewhere = knownElsewhere || opToken.text == QLatin1String(other);
        if (!op && !knownElsewhere) {
            fail(QStringLiteral("unknown operator '%1' after '%2' (operators are lower-case)")
                     .arg(opToken.text, fieldToken.text));
            return nullptr;
        }
        if (!op || !field->ops[size_t(op->op)]) {
            fail(QStringLiteral("the operator '%1' is not supported for the field '%2'")
                     .arg(opToken.text, fieldToken.text));
            return nullptr;
        }
        auto node = std::make_unique<Node>();
        node->type = Node::Type::Compare;
        node->field = field->field;
        node->op = op->op;
        if (op->op == Op::In) {
            if (peek().type != Token::Type::LParen) {
                fail(QStringLiteral("'in' needs a parenthesised list, e.g. %1 in (\"a\",\"b\")")
                         .arg(fieldToken.text));
                return nullptr;
            }
            take();
            for (;;) {
                if (!parseValue(*field, node.get()))
                    return nullptr;
                if (peek().type == Token::Type::Comma) {
                    take();
                    continue;
                }
                if (peek().type == Token::Type::RParen) {
                    take();
                    break;
                }
                fail(QStringLiteral("expected ',' or ')' in the list of '%1', found '%2'")
                         .arg(fieldToken.text, peek().text));
                return nullptr;
            }
        } else if (!parseValue(*field, node.get())) {
            return nullptr;
        }
        return node;
    }

    QString m_text;
    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    QString m_error;
};

} // namespace

ValueKind valueKind(Field field)
{
    switch (field) {
    case Field::Created:
    case Field::Modified:
        return ValueKind::Time;
    case Field::HasEntitlements:
    case Field::Uncorrelated:
    case Field::ManuallyCorrelated:
        return ValueKind::Bool;
    default:
        return ValueKind::String;
    }
}

QString fieldName(Field field)
{
    for (const auto &f : fields) {
        if (f.field == field)
            return QString::fromLatin1(f.name);
    }
    return QString();
}

std::unique_ptr<Node> parse(const QString &text, QString *error)
{
    Parser parser(text);
    return parser.run(error);
}

bool evaluate(const Node &node, int index, const FieldSource &source, QByteArray &scratch)
{
    switch (node.type) {
    case Node::Type::And:
        for (const auto &child : node.children) {
            if (!evaluate(*child, index, source, scratch))
                return false;
        }
        return true;
    case Node::Type::Or:
        for (const auto &child : node.children) {
            if (evaluate(*child, index, source, scratch))
                return true;
        }
        return false;
    case Node::Type::Not:
        return !evaluate(*node.children.front(), index, source, scratch);
    case Node::Type::Compare:
        break;
    }
    switch (valueKind(node.field)) {
    case ValueKind::Bool:
        return source.flag(node.field, index) == node.flag;
    case ValueKind::Time: {
        const qint64 v = source.timeMs(node.field, index);
        switch (node.op) {
        case Op::Eq:
            return v == node.time;
        case Op::Ge:
            return v >= node.time;
        case Op::Gt:
            return v > node.time;
        case Op::Le:
            return v <= node.time;
        case Op::Lt:
            return v < node.time;
        default:
            return false;
        }
    }
    case ValueKind::String:
        break;
    }
    scratch.resize(0); // keeps the capacity, unlike clear()
    source.appendLower(node.field, index, scratch);
    for (const QByteArray &value : node.values) {
        if (node.op == Op::Sw ? scratch.startsWith(value) : scratch == value)
            return true;
    }
    return false;
}

bool parseSorters(const QString &text, QList<Sorter> *sorters, QString *error)
{
    sorters->clear();
    for (const QString &raw : text.split(QLatin1Char(','))) {
        QString name = raw.trimmed();
        bool descending = false;
        if (name.startsWith(QLatin1Char('-'))) {
            descending = true;
            name = name.mid(1);
        }
        const FieldInfo *field = findField(name);
        if (name.isEmpty() || !field || !field->sortable) {
            *error = QStringLiteral("Invalid sorters: the field '%1' is not supported for "
                                    "sorting accounts")
                         .arg(raw.trimmed());
            return false;
        }
        sorters->append({field->field, descending});
    }
    return true;
}

} // namespace Gatehouse::Sandbox::SailPointFilter
