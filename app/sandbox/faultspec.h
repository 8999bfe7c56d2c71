// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>
#include <QJsonArray>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include "core/userrecord.h"

namespace Gatehouse::Sandbox {

// What an injected fault does to one request.
enum class FaultKind
{
    Status, // not processed: a provider-format error with the given status (400-599)
    RateLimit, // not processed: 429 in the provider's format + Retry-After
    Slow, // processed; the response is delayed
    Hang, // processed (or not, phase=before); no response ever, the connection stays open
    Reset, // processed (or not, phase=before); TCP reset, no response
    Truncate, // processed (or not, phase=before); fewer body bytes than promised, then close
    Malformed, // processed; broken JSON with a JSON content type
    Html, // not processed; 502 HTML page as a proxy sends
    ContentType, // processed; the real body as text/plain
    TaskError, // processed; the SailPoint task ends ERROR and changes nothing
};

// The fault spec: rules separated by ';', each `kind[=value][,key=value]...`.
//   kinds:     status=CODE | 429 | slow=MS | hang | reset | truncate | malformed | html |
//              ctype | task-error
//   keys:      retry=SECONDS (429), phase=before|after (hang, reset, truncate),
//              p=PROBABILITY, count=N, every=N, method=GET|POST|PUT (| for several),
//              provider=sailpoint|huawei|rsa (| for several), path=GLOB (* within a
//              segment, ** across segments)
// Rules are tried in order for every provider request; a rule counts the requests its
// selectors match, and the first rule that fires decides. Faults never touch /_sandbox/, and
// touch /oauth/token only through a rule whose path selector names it.
class FaultSpec final
{
public:
    struct Rule
    {
        FaultKind kind = FaultKind::Status;
        int value = 0; // status code, delay in ms, or Retry-After seconds
        bool before = false; // phase=before: not processed
        double probability = 1.0;
        int count = 0; // 0 = unlimited
        int every = 0; // 0 = every matching request
        QStringList methods; // empty = any
        std::vector<ProviderKind> providers; // empty = any
        QString pathGlob;
        QRegularExpression path;
        QString text; // the rule as written
        qint64 matched = 0;
        qint64 fired = 0;
    };

    struct Decision
    {
        bool fired = false;
        FaultKind kind = FaultKind::Status;
        int value = 0;
        bool before = false;
        int rule = -1;
    };

    FaultSpec() = default;

    // Parses `text`; on failure returns false and sets `error` to a message naming the bad
    // part. `spec` may be null to only validate.
    static bool parse(const QString &text, FaultSpec *spec, QString *error);

    bool isEmpty() const { return m_rules.empty(); }
    QString text() const { return m_text; }
    const std::vector<Rule> &rules() const { return m_rules; }

    // Decides the fault for one request. `sailPointAction` tells whether the request is a
    // SailPoint disable/enable/unlock (the only requests task-error applies to).
    Decision decide(const QByteArray &method, const QString &path, ProviderKind provider,
        bool sailPointAction, quint64 seed);

    QJsonArray rulesJson() const;

    static QString kindName(FaultKind kind);

private:
    static bool parseRule(const QString &ruleText, int number, Rule *rule, QString *error);

    std::vector<Rule> m_rules;
    QString m_text;
};

} // namespace Gatehouse::Sandbox
