// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QString>

namespace Gatehouse::Sandbox {

// SailPoint's "Standard Collection Parameters" filter grammar for GET /v3/accounts:
// comparisons `field op value`, `field in ("a","b")`, composites and/or/not with parentheses
// and precedence not > and > or; double-quoted strings with \" and \\ escapes; lower-case
// operators only; string comparisons are case-insensitive (ASCII letters).
namespace SailPointFilter {

enum class Field
{
    Id,
    IdentityId,
    Name,
    NativeIdentity,
    SourceId,
    IdentityName,
    Created,
    Modified,
    HasEntitlements,
    Uncorrelated,
    ManuallyCorrelated,
    Origin,
};

enum class Op
{
    Eq,
    Sw,
    In,
    Ge,
    Gt,
    Le,
    Lt
};

struct Node
{
    enum class Type
    {
        And,
        Or,
        Not,
        Compare
    };
    Type type = Type::Compare;
    std::vector<std::unique_ptr<Node>> children;
    Field field = Field::Id;
    Op op = Op::Eq;
    QList<QByteArray> values; // strings: lower-cased UTF-8
    qint64 time = 0; // epoch ms, for created/modified
    bool flag = false; // for boolean fields
};

// Parses a filter expression; null with `error` set (naming the problem) when invalid.
std::unique_ptr<Node> parse(const QString &text, QString *error);

enum class ValueKind
{
    String,
    Time,
    Bool
};
ValueKind valueKind(Field field);
QString fieldName(Field field);

// Supplies an account's field values to evaluate().
class FieldSource
{
public:
    virtual ~FieldSource() = default;
    // Appends the field's value, lower-cased, to `out` (string fields).
    virtual void appendLower(Field field, int index, QByteArray &out) const = 0;
    virtual qint64 timeMs(Field field, int index) const = 0;
    virtual bool flag(Field field, int index) const = 0;
};

bool evaluate(const Node &node, int index, const FieldSource &source, QByteArray &scratch);

struct Sorter
{
    Field field;
    bool descending;
};

// "name,-modified" into sorters; false with `error` when a field cannot be sorted.
bool parseSorters(const QString &text, QList<Sorter> *sorters, QString *error);

} // namespace SailPointFilter

} // namespace Gatehouse::Sandbox
