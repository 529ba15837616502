// libFuzzer target: the S3 XML reader (core/storage/S3Xml). Every answer body comes from the
// network, so each parser must survive any bytes. Rewriting a lifecycle document with Cairn's
// rule must give a document the reader reads back to exactly that rule.

#include "FuzzCheck.h"
#include "storage/S3Xml.h"

#include <cstddef>
#include <cstdint>

using cairn::S3Xml;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));

    (void)S3Xml::parseError(xml);
    if (const auto page = S3Xml::parseListObjectsV2(xml)) {
        for (const auto &object : page->objects)
            (void)object;
    }
    (void)S3Xml::parseListMultipartUploads(xml);
    (void)S3Xml::parseInitiateMultipartUpload(xml);
    (void)S3Xml::parseCompleteMultipartUpload(xml);
    const QStringList requested { QStringLiteral("a"), QStringLiteral("b/c"), QStringLiteral("d e") };
    (void)S3Xml::parseDeleteResult(xml, requested, cairn::S3ErrorContext {});
    (void)S3Xml::parseVersioning(xml);
    (void)S3Xml::parseObjectLock(xml);

    const QString ruleId = QStringLiteral("cairn-abort-incomplete-uploads");
    (void)S3Xml::parseAbortIncompleteRule(xml, ruleId);

    cairn::S3AbortIncompleteRule rule;
    rule.present = true;
    rule.daysAfterInitiation = 7;
    rule.prefix = QStringLiteral("acme/");
    if (const auto rewritten = S3Xml::withAbortIncompleteRule(xml, ruleId, rule)) {
        const auto back = S3Xml::parseAbortIncompleteRule(*rewritten, ruleId);
        CAIRN_FUZZ_CHECK(back.has_value());
        CAIRN_FUZZ_CHECK(back->present && back->daysAfterInitiation == 7 && back->prefix == rule.prefix);
    }
    return 0;
}
