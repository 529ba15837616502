#include "storage/S3Xml.h"

#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <functional>
#include <memory>

namespace cairn {

namespace {

constexpr auto S3Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";

// A minimal element tree: S3 answers are small and flat, and a tree keeps each parser a few lines.
struct Node {
    QString name;
    QString text;
    std::vector<std::unique_ptr<Node>> children;

    const Node *child(QLatin1String n) const
    {
        for (const auto &c : children) {
            if (c->name == n)
                return c.get();
        }
        return nullptr;
    }
    QString value(QLatin1String n) const
    {
        const Node *c = child(n);
        return c ? c->text : QString();
    }
    std::vector<const Node *> all(QLatin1String n) const
    {
        std::vector<const Node *> out;
        for (const auto &c : children) {
            if (c->name == n)
                out.push_back(c.get());
        }
        return out;
    }
};

std::unique_ptr<Node> parseTree(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    std::unique_ptr<Node> root;
    std::vector<Node *> stack;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (stack.size() > 16)
                return nullptr; // S3 documents are shallow; a deep one is not S3
            auto node = std::make_unique<Node>();
            node->name = reader.name().toString();
            Node *raw = node.get();
            if (stack.empty()) {
                if (root)
                    return nullptr;
                root = std::move(node);
            } else {
                stack.back()->children.push_back(std::move(node));
            }
            stack.push_back(raw);
        } else if (reader.isCharacters() && !stack.empty()) {
            stack.back()->text += reader.text();
        } else if (reader.isEndElement() && !stack.empty()) {
            stack.pop_back();
        }
    }
    if (reader.hasError() || !root)
        return nullptr;
    return root;
}

QDateTime parseIso(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

bool parseBool(const QString &text)
{
    return text.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

// encoding-type=url answers encode like a form (botocore's unquote_plus): '+' is a space.
QString decodeIf(bool urlEncoded, const QString &text)
{
    if (!urlEncoded)
        return text;
    QByteArray bytes = text.toUtf8();
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

} // namespace

bool S3Xml::isXmlSafe(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D) || u == 0xFFFE || u == 0xFFFF)
            return false;
    }
    return true;
}

S3Xml::ErrorBody S3Xml::parseError(const QByteArray &xml)
{
    ErrorBody out;
    const auto root = parseTree(xml);
    if (!root || root->name != QLatin1String("Error"))
        return out;
    out.isError = true;
    out.code = root->value(QLatin1String("Code")).trimmed();
    out.message = root->value(QLatin1String("Message")).trimmed();
    out.requestId = root->value(QLatin1String("RequestId")).trimmed();
    out.region = root->value(QLatin1String("Region")).trimmed();
    out.endpoint = root->value(QLatin1String("Endpoint")).trimmed();
    return out;
}

std::optional<S3ObjectPage> S3Xml::parseListObjectsV2(const QByteArray &xml)
{
    const auto root = parseTree(xml);
    if (!root || root->name != QLatin1String("ListBucketResult"))
        return std::nullopt;
    const bool urlEncoded = root->value(QLatin1String("EncodingType")) == QLatin1String("url");
    S3ObjectPage page;
    page.truncated = parseBool(root->value(QLatin1String("IsTruncated")));
    page.nextContinuationToken = root->value(QLatin1String("NextContinuationToken"));
    for (const Node *c : root->all(QLatin1String("Contents"))) {
        S3Object object;
        object.key = decodeIf(urlEncoded, c->value(QLatin1String("Key")));
        bool ok = false;
        object.size = c->value(QLatin1String("Size")).toLongLong(&ok);
        if (!ok || object.key.isEmpty())
            return std::nullopt;
        object.etag = c->value(QLatin1String("ETag"));
        object.lastModified = parseIso(c->value(QLatin1String("LastModified")));
        object.storageClass = c->value(QLatin1String("StorageClass"));
        page.objects.append(object);
    }
    for (const Node *p : root->all(QLatin1String("CommonPrefixes")))
        page.commonPrefixes.append(decodeIf(urlEncoded, p->value(QLatin1String("Prefix"))));
    if (page.truncated && page.nextContinuationToken.isEmpty())
        return std::nullopt; // would loop forever
    return page;
}

std::optional<S3UploadPage> S3Xml::parseListMultipartUploads(const QByteArray &xml)
{
    const auto root = parseTree(xml);
    if (!root || root->name != QLatin1String("ListMultipartUploadsResult"))
        return std::nullopt;
    const bool urlEncoded = root->value(QLatin1String("EncodingType")) == QLatin1String("url");
    S3UploadPage page;
    page.truncated = parseBool(root->value(QLatin1String("IsTruncated")));
    page.nextKeyMarker = decodeIf(urlEncoded, root->value(QLatin1String("NextKeyMarker")));
    page.nextUploadIdMarker = root->value(QLatin1String("NextUploadIdMarker"));
    for (const Node *u : root->all(QLatin1String("Upload"))) {
        S3Upload upload;
        upload.key = decodeIf(urlEncoded, u->value(QLatin1String("Key")));
        upload.uploadId = u->value(QLatin1String("UploadId"));
        upload.initiated = parseIso(u->value(QLatin1String("Initiated")));
        if (upload.key.isEmpty() || upload.uploadId.isEmpty())
            return std::nullopt;
        page.uploads.append(upload);
    }
    if (page.truncated && page.nextKeyMarker.isEmpty() && page.nextUploadIdMarker.isEmpty())
        return std::nullopt;
    return page;
}

std::optional<QString> S3Xml::parseInitiateMultipartUpload(const QByteArray &xml)
{
    const auto root = parseTree(xml);
    if (!root || root->name != QLatin1String("InitiateMultipartUploadResult"))
        return std::nullopt;
    const QString id = root->value(QLatin1String("UploadId")).trimmed();
    if (id.isEmpty())
        return std::nullopt;
    return id;
}

std::optional<QString> S3Xml::parseCompleteMultipartUpload(const QByteArray &xml)
{
    const auto root = parseTree(xml);
    if (!root || root->name != QLatin1String("CompleteMultipartUploadResult"))
        return std::nullopt;
    return root->value(QLatin1String("ETag"));
}

std::optional<S3DeleteResult> S3Xml::parseDeleteResult(
    const QByteArray &xml, const QStringList &requested, const S3ErrorContext &context)
{
    const auto root = parseTree(xml);
    if (!root || root->name != QLatin1String("DeleteResult"))
        return std::nullopt;
    S3DeleteResult result;
    QStringList failedKeys;
    for (const Node *e : root->all(QLatin1String("Error"))) {
        S3DeleteFailure failure;
        failure.key = e->value(QLatin1String("Key"));
        failure.code = e->value(QLatin1String("Code"));
        S3ErrorContext c = context;
        c.key = failure.key;
        S3Error error;
        error.code = failure.code;
        error.kind = S3Error::kindForCode(failure.code, 0);
        failure.message = S3Error::sentenceFor(error.kind, c, error);
        failedKeys.append(failure.key);
        result.failed.append(failure);
    }
    // Quiet mode lists only failures; every other requested key was deleted.
    for (const QString &key : requested) {
        if (!failedKeys.contains(key))
            result.deleted.append(key);
    }
    return result;
}

std::optional<S3BucketVersioning> S3Xml::parseVersioning(const QByteArray &xml)
{
    const auto root = parseTree(xml);
    if (!root || root->name != QLatin1String("VersioningConfiguration"))
        return std::nullopt;
    S3BucketVersioning v;
    v.status = root->value(QLatin1String("Status")).trimmed();
    v.mfaDelete = root->value(QLatin1String("MfaDelete")).trimmed();
    return v;
}

std::optional<S3ObjectLock> S3Xml::parseObjectLock(const QByteArray &xml)
{
    const auto root = parseTree(xml);
    if (!root || root->name != QLatin1String("ObjectLockConfiguration"))
        return std::nullopt;
    S3ObjectLock lock;
    lock.enabled = root->value(QLatin1String("ObjectLockEnabled")).trimmed() == QLatin1String("Enabled");
    if (const Node *rule = root->child(QLatin1String("Rule"))) {
        if (const Node *retention = rule->child(QLatin1String("DefaultRetention"))) {
            lock.defaultMode = retention->value(QLatin1String("Mode")).trimmed();
            lock.defaultDays = retention->value(QLatin1String("Days")).toInt();
            lock.defaultYears = retention->value(QLatin1String("Years")).toInt();
        }
    }
    return lock;
}

std::optional<S3AbortIncompleteRule> S3Xml::parseAbortIncompleteRule(
    const QByteArray &xml, const QString &ruleId)
{
    const auto root = parseTree(xml);
    if (!root || root->name != QLatin1String("LifecycleConfiguration"))
        return std::nullopt;
    S3AbortIncompleteRule rule;
    for (const Node *r : root->all(QLatin1String("Rule"))) {
        if (r->value(QLatin1String("ID")) != ruleId)
            continue;
        const Node *abort = r->child(QLatin1String("AbortIncompleteMultipartUpload"));
        if (!abort || r->value(QLatin1String("Status")) != QLatin1String("Enabled"))
            continue;
        rule.present = true;
        rule.daysAfterInitiation = abort->value(QLatin1String("DaysAfterInitiation")).toInt();
        if (const Node *filter = r->child(QLatin1String("Filter")))
            rule.prefix = filter->value(QLatin1String("Prefix"));
        else
            rule.prefix = r->value(QLatin1String("Prefix"));
    }
    return rule;
}

QByteArray S3Xml::completeMultipartUpload(const QList<S3CompletedPart> &parts)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QLatin1String("CompleteMultipartUpload"));
    w.writeDefaultNamespace(QLatin1String(S3Namespace));
    for (const S3CompletedPart &part : parts) {
        w.writeStartElement(QLatin1String("Part"));
        w.writeTextElement(QLatin1String("PartNumber"), QString::number(part.partNumber));
        w.writeTextElement(QLatin1String("ETag"), part.etag);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray S3Xml::deleteObjects(const QStringList &keys)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QLatin1String("Delete"));
    w.writeDefaultNamespace(QLatin1String(S3Namespace));
    w.writeTextElement(QLatin1String("Quiet"), QLatin1String("true"));
    for (const QString &key : keys) {
        w.writeStartElement(QLatin1String("Object"));
        w.writeTextElement(QLatin1String("Key"), key);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

std::optional<QByteArray> S3Xml::withAbortIncompleteRule(
    const QByteArray &existing, const QString &ruleId, const S3AbortIncompleteRule &rule)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    const auto writeRule = [&] {
        if (!rule.present)
            return;
        w.writeStartElement(QLatin1String("Rule"));
        w.writeTextElement(QLatin1String("ID"), ruleId);
        w.writeStartElement(QLatin1String("Filter"));
        w.writeTextElement(QLatin1String("Prefix"), rule.prefix);
        w.writeEndElement();
        w.writeTextElement(QLatin1String("Status"), QLatin1String("Enabled"));
        w.writeStartElement(QLatin1String("AbortIncompleteMultipartUpload"));
        w.writeTextElement(QLatin1String("DaysAfterInitiation"), QString::number(rule.daysAfterInitiation));
        w.writeEndElement();
        w.writeEndElement();
    };

    if (existing.trimmed().isEmpty()) {
        w.writeStartElement(QLatin1String("LifecycleConfiguration"));
        w.writeDefaultNamespace(QLatin1String(S3Namespace));
        writeRule();
        w.writeEndElement();
        w.writeEndDocument();
        return out;
    }

    // Copy the existing document element by element, dropping Cairn's old rule, so rules other
    // tools set stay exactly as they were.
    const auto tree = parseTree(existing);
    if (!tree || tree->name != QLatin1String("LifecycleConfiguration"))
        return std::nullopt;
    std::function<void(const Node &)> copy = [&](const Node &node) {
        w.writeStartElement(node.name);
        if (node.children.empty())
            w.writeCharacters(node.text);
        for (const auto &child : node.children)
            copy(*child);
        w.writeEndElement();
    };
    w.writeStartElement(QLatin1String("LifecycleConfiguration"));
    w.writeDefaultNamespace(QLatin1String(S3Namespace));
    for (const auto &child : tree->children) {
        if (child->name == QLatin1String("Rule") && child->value(QLatin1String("ID")) == ruleId)
            continue;
        copy(*child);
    }
    writeRule();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace cairn
