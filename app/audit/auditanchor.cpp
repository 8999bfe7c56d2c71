// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/auditanchor.h"

#include <optional>
#include <utility>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Gatehouse {

namespace {

constexpr qint64 slotSize = 512;
constexpr QLatin1String magic("GHA1");

struct Slot
{
    quint64 counter = 0;
    ChainHead previous;
    ChainHead head;
};

QByteArray checksum(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(16);
}

// "GHA1 <counter> <prevSeq> <prevHash> <headSeq> <headHash> <check>\n", space-padded.
QByteArray encodeSlot(const Slot &slot)
{
    QByteArray text = QByteArray(magic.data(), magic.size()) + ' '
        + QByteArray::number(slot.counter) + ' ' + QByteArray::number(slot.previous.seq) + ' '
        + slot.previous.hash + ' ' + QByteArray::number(slot.head.seq) + ' ' + slot.head.hash;
    text += ' ' + checksum(text) + '\n';
    text.append(slotSize - text.size(), ' ');
    return text;
}

std::optional<Slot> decodeSlot(const QByteArray &bytes)
{
    const QByteArray line = bytes.left(bytes.indexOf('\n'));
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 7 || parts[0] != QByteArray(magic.data(), magic.size()))
        return std::nullopt;
    const QByteArray body = line.left(line.lastIndexOf(' '));
    if (checksum(body) != parts[6] || parts[3].size() != 64 || parts[5].size() != 64)
        return std::nullopt;
    Slot slot;
    bool ok[3] = {false, false, false};
    slot.counter = parts[1].toULongLong(&ok[0]);
    slot.previous = ChainHead{parts[2].toLongLong(&ok[1]), parts[3]};
    slot.head = ChainHead{parts[4].toLongLong(&ok[2]), parts[5]};
    if (!ok[0] || !ok[1] || !ok[2])
        return std::nullopt;
    return slot;
}

bool syncToDisk(QFile &file)
{
#if defined(Q_OS_WIN)
    return _commit(file.handle()) == 0;
#elif defined(Q_OS_DARWIN)
    return ::fsync(file.handle()) == 0;
#else
    return ::fdatasync(file.handle()) == 0;
#endif
}

// The newer valid slot and its index.
std::optional<std::pair<int, Slot>> newestSlot(const QByteArray &content)
{
    std::optional<std::pair<int, Slot>> best;
    for (int i = 0; i < 2; ++i) {
        const auto slot = decodeSlot(content.mid(i * slotSize, slotSize));
        if (slot && (!best || slot->counter > best->second.counter))
            best = std::make_pair(i, *slot);
    }
    return best;
}

} // namespace

AuditAnchor::AuditAnchor(QString filePath)
    : m_filePath(std::move(filePath))
{ }

Result<Done> AuditAnchor::record(const ChainHead &previous, const ChainHead &head, Sync sync) const
{
    QFile file(m_filePath);
    auto failure = [&] {
        return ApiError(ApiError::Kind::Config,
            tr("Cannot write the audit anchor %1: %2")
                .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
    };
    if (!file.open(QIODevice::ReadWrite))
        return failure();
    const auto newest = newestSlot(file.read(2 * slotSize));
    Slot slot;
    slot.counter = newest ? newest->second.counter + 1 : 1;
    slot.previous = previous;
    slot.head = head;
    // Write the slot that is not the newest, so the newest survives a torn write.
    const int index = newest ? 1 - newest->first : 0;
    if (!file.seek(index * slotSize) || file.write(encodeSlot(slot)) != slotSize || !file.flush())
        return failure();
    if (sync == Sync::Durable && !syncToDisk(file))
        return failure();
    return Done{};
}

Result<AuditAnchor::State> AuditAnchor::read() const
{
    State state;
    QFile file(m_filePath);
    if (!file.exists())
        return state;
    if (!file.open(QIODevice::ReadOnly)) {
        return ApiError(ApiError::Kind::Config,
            tr("Cannot read the audit anchor %1: %2")
                .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
    }
    const auto newest = newestSlot(file.read(2 * slotSize));
    if (!newest) {
        return ApiError(ApiError::Kind::Protocol,
            tr("The audit anchor %1 is damaged.").arg(QDir::toNativeSeparators(m_filePath)));
    }
    state.exists = true;
    state.previous = newest->second.previous;
    state.head = newest->second.head;
    return state;
}

QString AuditAnchor::pathForJournal(const QString &journalPath)
{
    const QFileInfo info(journalPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".anchor"));
}

} // namespace Gatehouse
