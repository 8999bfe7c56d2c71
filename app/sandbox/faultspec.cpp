// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/faultspec.h"

#include <algorithm>

#include <QJsonObject>

#include "sandbox/idcodec.h"

namespace Gatehouse::Sandbox {

namespace {

struct KindName
{
    const char *name;
    FaultKind kind;
};

constexpr KindName kindNames[] = {
    {"status", FaultKind::Status},
    {"429", FaultKind::RateLimit},
    {"slow", FaultKind::Slow},
    {"hang", FaultKind::Hang},
    {"reset", FaultKind::Reset},
    {"truncate", FaultKind::Truncate},
    {"malformed", FaultKind::Malformed},
    {"html", FaultKind::Html},
    {"ctype", FaultKind::ContentType},
    {"task-error", FaultKind::TaskError},
};

bool parseInt(const QString &text, int min, int max, int *value)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *value = v;
    return true;
}

// "*" matches within one path segment, "**" across segments; everything else is literal.
QRegularExpression globToRegex(const QString &glob)
{
    QString pattern = QStringLiteral("^");
    for (qsizetype i = 0; i < glob.size(); ++i) {
        if (glob.at(i) == QLatin1Char('*')) {
            if (i + 1 < glob.size() && glob.at(i + 1) == QLatin1Char('*')) {
                pattern += QStringLiteral(".*");
                ++i;
            } else {
                pattern += QStringLiteral("[^/]*");
            }
        } else {
            pattern += QRegularExpression::escape(QString(glob.at(i)));
        }
    }
    pattern += QLatin1Char('$');
    return QRegularExpression(pattern);
}

} // namespace

QString FaultSpec::kindName(FaultKind kind)
{
    for (const auto &k : kindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return QString();
}

bool FaultSpec::parseRule(const QString &ruleText, int number, Rule *rule, QString *error)
{
    const QString where = QStringLiteral("fault rule %1 ('%2')").arg(number).arg(ruleText);
    const QStringList items = ruleText.split(QLatin1Char(','));
    const QString head = items.first().trimmed();
    const qsizetype eq = head.indexOf(QLatin1Char('='));
    const QString kindText = (eq < 0 ? head : head.left(eq)).trimmed();
    const QString valueText = eq < 0 ? QString() : head.mid(eq + 1).trimmed();
    bool known = false;
    for (const auto &k : kindNames) {
        if (kindText == QLatin1String(k.name)) {
            rule->kind = k.kind;
            known = true;
        }
    }
    if (!known) {
        *error = QStringLiteral("%1: unknown fault kind '%2' (expected status, 429, slow, hang, "
                                "reset, truncate, malformed, html, ctype or task-error)")
                     .arg(where, kindText);
        return false;
    }

    switch (rule->kind) {
    case FaultKind::Status:
        if (!parseInt(valueText, 400, 599, &rule->value)) {
            *error = QStringLiteral("%1: status needs an HTTP code from 400 to 599, e.g. "
                                    "status=503")
                         .arg(where);
            return false;
        }
        break;
    case FaultKind::Slow:
        if (!parseInt(valueText, 1, 3600000, &rule->value)) {
            *error =
                QStringLiteral("%1: slow needs a delay in milliseconds, e.g. slow=1500").arg(where);
            return false;
        }
        break;
    default:
        if (eq >= 0) {
            *error = QStringLiteral("%1: '%2' takes no value").arg(where, kindText);
            return false;
        }
        break;
    }
    if (rule->kind == FaultKind::RateLimit)
        rule->value = 1;

    for (qsizetype i = 1; i < items.size(); ++i) {
        const QString item = items.at(i).trimmed();
        const qsizetype sep = item.indexOf(QLatin1Char('='));
        if (sep <= 0) {
            *error = QStringLiteral("%1: expected key=value, got '%2'").arg(where, item);
            return false;
        }
        const QString key = item.left(sep).trimmed();
        const QString value = item.mid(sep + 1).trimmed();
        if (key == QLatin1String("p")) {
            bool ok = false;
            rule->probability = value.toDouble(&ok);
            if (!ok || rule->probability <= 0.0 || rule->probability > 1.0) {
                *error = QStringLiteral("%1: p must be a probability in (0, 1], got '%2'")
                             .arg(where, value);
                return false;
            }
        } else if (key == QLatin1String("count")) {
            if (!parseInt(value, 1, 1000000000, &rule->count)) {
                *error = QStringLiteral("%1: count must be a positive number, got '%2'")
                             .arg(where, value);
                return false;
            }
        } else if (key == QLatin1String("every")) {
            if (!parseInt(value, 1, 1000000000, &rule->every)) {
                *error = QStringLiteral("%1: every must be a positive number, got '%2'")
                             .arg(where, value);
                return false;
            }
        } else if (key == QLatin1String("retry")) {
            if (rule->kind != FaultKind::RateLimit) {
                *error = QStringLiteral("%1: retry applies only to 429").arg(where);
                return false;
            }
            if (!parseInt(value, 0, 86400, &rule->value)) {
                *error = QStringLiteral("%1: retry must be seconds (0-86400), got '%2'")
                             .arg(where, value);
                return false;
            }
        } else if (key == QLatin1String("phase")) {
            if (rule->kind != FaultKind::Hang && rule->kind != FaultKind::Reset
                && rule->kind != FaultKind::Truncate) {
                *error =
                    QStringLiteral("%1: phase applies only to hang, reset and truncate").arg(where);
                return false;
            }
            if (value == QLatin1String("before")) {
                rule->before = true;
            } else if (value == QLatin1String("after")) {
                rule->before = false;
            } else {
                *error =
                    QStringLiteral("%1: phase must be before or after, got '%2'").arg(where, value);
                return false;
            }
        } else if (key == QLatin1String("method")) {
            for (const QString &m : value.split(QLatin1Char('|'))) {
                const QString upper = m.trimmed().toUpper();
                if (upper != QLatin1String("GET") && upper != QLatin1String("POST")
                    && upper != QLatin1String("PUT") && upper != QLatin1String("DELETE")) {
                    *error = QStringLiteral("%1: method must be GET, POST, PUT or DELETE, got "
                                            "'%2'")
                                 .arg(where, m);
                    return false;
                }
                rule->methods.append(upper);
            }
        } else if (key == QLatin1String("provider")) {
            for (const QString &name : value.split(QLatin1Char('|'))) {
                ProviderKind provider = ProviderKind::SailPoint;
                if (!providerKindFromName(name, &provider)) {
                    *error = QStringLiteral("%1: provider must be sailpoint, huawei or rsa, got "
                                            "'%2'")
                                 .arg(where, name);
                    return false;
                }
                rule->providers.push_back(provider);
            }
        } else if (key == QLatin1String("path")) {
            if (!value.startsWith(QLatin1Char('/'))) {
                *error = QStringLiteral("%1: path must start with '/', got '%2'").arg(where, value);
                return false;
            }
            rule->pathGlob = value;
            rule->path = globToRegex(value);
        } else {
            *error = QStringLiteral("%1: unknown key '%2' (expected p, count, every, method, "
                                    "provider, path, retry or phase)")
                         .arg(where, key);
            return false;
        }
    }
    rule->text = ruleText.trimmed();
    return true;
}

bool FaultSpec::parse(const QString &text, FaultSpec *spec, QString *error)
{
    FaultSpec parsed;
    int number = 0;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        if (part.trimmed().isEmpty())
            continue;
        ++number;
        Rule rule;
        if (!parseRule(part, number, &rule, error))
            return false;
        parsed.m_rules.push_back(std::move(rule));
    }
    QStringList normalised;
    for (const Rule &r : parsed.m_rules)
        normalised.append(r.text);
    parsed.m_text = normalised.join(QStringLiteral(";"));
    if (spec)
        *spec = std::move(parsed);
    return true;
}

FaultSpec::Decision FaultSpec::decide(const QByteArray &method, const QString &path,
    ProviderKind provider, bool sailPointAction, quint64 seed)
{
    const bool tokenEndpoint = path == QLatin1String("/oauth/token");
    for (size_t i = 0; i < m_rules.size(); ++i) {
        Rule &r = m_rules[i];
        if (r.kind == FaultKind::TaskError && !sailPointAction)
            continue;
        if (!r.methods.isEmpty() && !r.methods.contains(QString::fromLatin1(method)))
            continue;
        if (!r.providers.empty()
            && std::find(r.providers.begin(), r.providers.end(), provider) == r.providers.end())
            continue;
        if (r.pathGlob.isEmpty() ? tokenEndpoint : !r.path.match(path).hasMatch())
            continue;
        ++r.matched;
        if (r.every > 0 && r.matched % r.every != 0)
            continue;
        if (r.count > 0 && r.fired >= r.count)
            continue;
        if (r.probability < 1.0) {
            // Deterministic from the seed: the same run draws the same faults.
            const quint64 draw = mix64(seed ^ mix64((quint64(i) << 40) ^ quint64(r.matched)));
            const double unit = double(draw >> 11) / double(quint64(1) << 53);
            if (unit >= r.probability)
                continue;
        }
        ++r.fired;
        Decision d;
        d.fired = true;
        d.kind = r.kind;
        d.value = r.value;
        d.before = r.before;
        d.rule = int(i);
        return d;
    }
    return {};
}

QJsonArray FaultSpec::rulesJson() const
{
    QJsonArray rules;
    for (const Rule &r : m_rules) {
        rules.append(QJsonObject{
            {QStringLiteral("rule"), r.text},
            {QStringLiteral("kind"), kindName(r.kind)},
            {QStringLiteral("matched"), r.matched},
            {QStringLiteral("fired"), r.fired},
        });
    }
    return rules;
}

} // namespace Gatehouse::Sandbox
