// SPDX-License-Identifier: MIT
#include "crypto.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <cstdlib>
#include <memory>

namespace latchkey::crypto {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Crypto)
};

constexpr char kBase62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;
} // namespace

QByteArray randomBytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (n > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), int(n)) != 1) {
        qFatal("latchkey: the OpenSSL random generator failed; refusing to continue");
    }
    return out;
}

QByteArray randomBase62(qsizetype n)
{
    QByteArray out;
    out.reserve(n);
    while (out.size() < n) {
        QByteArray pool = randomBytes(qMax<qsizetype>(32, (n - out.size()) * 2));
        for (char c : pool) {
            const auto b = static_cast<unsigned char>(c);
            if (b >= 248) // 248 = 4 * 62: the largest multiple of 62 ≤ 256; reject to stay unbiased
                continue;
            out.append(kBase62[b % 62]);
            if (out.size() == n)
                break;
        }
        wipe(pool);
    }
    return out;
}

QString randomId(QStringView prefix)
{
    return prefix.toString() + QString::fromLatin1(randomBase62(24));
}

QByteArray sha256(QByteArrayView data)
{
    // Fetched once: an implicit fetch per call costs more than hashing a key.
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (!md || !EVP_Digest(data.data(), size_t(data.size()),
                           reinterpret_cast<unsigned char *>(out.data()), &len, md, nullptr))
        qFatal("latchkey: SHA-256 failed in OpenSSL");
    return out;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.data(), int(key.size()),
         reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()),
         reinterpret_cast<unsigned char *>(out.data()), &len);
    return out;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

void releaseThreadState()
{
    OPENSSL_thread_stop();
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes.detach(); // never scribble over a buffer another QByteArray still shares
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

QByteArray aesGcmEncrypt(QByteArrayView key32, QByteArrayView plaintext, QByteArrayView aad)
{
    Q_ASSERT(key32.size() == 32);
    const QByteArray nonce = randomBytes(kNonceSize);
    QByteArray out(kNonceSize + plaintext.size() + kTagSize, Qt::Uninitialized);
    memcpy(out.data(), nonce.constData(), kNonceSize);
    auto *ct = reinterpret_cast<unsigned char *>(out.data() + kNonceSize);

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    bool ok =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) &&
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr,
                           reinterpret_cast<const unsigned char *>(key32.data()),
                           reinterpret_cast<const unsigned char *>(nonce.constData())) &&
        (aad.isEmpty() ||
         EVP_EncryptUpdate(ctx.get(), nullptr, &len,
                           reinterpret_cast<const unsigned char *>(aad.data()), int(aad.size()))) &&
        EVP_EncryptUpdate(ctx.get(), ct, &len,
                          reinterpret_cast<const unsigned char *>(plaintext.data()),
                          int(plaintext.size())) &&
        EVP_EncryptFinal_ex(ctx.get(), ct + len, &len) &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize,
                            out.data() + kNonceSize + plaintext.size());
    if (!ok)
        qFatal("latchkey: AES-256-GCM encryption failed in OpenSSL");
    return out;
}

Result<QByteArray> aesGcmDecrypt(QByteArrayView key32, QByteArrayView sealed, QByteArrayView aad)
{
    if (key32.size() != 32 || sealed.size() < kNonceSize + kTagSize)
        return ApiError::internal(Tr::tr("An encrypted secret is damaged (too short)."));
    const qsizetype ctLen = sealed.size() - kNonceSize - kTagSize;
    QByteArray out(ctLen, Qt::Uninitialized);
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    QByteArray tag = sealed.sliced(kNonceSize + ctLen).toByteArray();
    bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr,
                           reinterpret_cast<const unsigned char *>(key32.data()),
                           reinterpret_cast<const unsigned char *>(sealed.data())) &&
        (aad.isEmpty() ||
         EVP_DecryptUpdate(ctx.get(), nullptr, &len,
                           reinterpret_cast<const unsigned char *>(aad.data()), int(aad.size()))) &&
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                          reinterpret_cast<const unsigned char *>(sealed.data() + kNonceSize),
                          int(ctLen)) &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) &&
        EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + len, &len) >
            0;
    if (!ok) {
        wipe(out);
        return ApiError::internal(
            Tr::tr("An encrypted secret could not be decrypted: the master key is wrong or the "
                   "data was changed."));
    }
    return out;
}

QByteArray hashPassword(const QString &password, int iterations)
{
    const QByteArray salt = randomBytes(16);
    QByteArray pw = password.toUtf8();
    QByteArray dk(32, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(pw.constData(), int(pw.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                      iterations, EVP_sha256(), int(dk.size()),
                      reinterpret_cast<unsigned char *>(dk.data()));
    wipe(pw);
    return "pbkdf2-sha256$" + QByteArray::number(iterations) + '$' + salt.toBase64() + '$' +
           dk.toBase64();
}

bool verifyPassword(const QString &password, const QByteArray &encoded)
{
    const QList<QByteArray> parts = encoded.split('$');
    if (parts.size() != 4 || parts[0] != "pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1 || iterations > 100000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2]);
    const QByteArray expected = QByteArray::fromBase64(parts[3]);
    if (salt.isEmpty() || expected.size() != 32)
        return false;
    QByteArray pw = password.toUtf8();
    QByteArray dk(32, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(pw.constData(), int(pw.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                      iterations, EVP_sha256(), int(dk.size()),
                      reinterpret_cast<unsigned char *>(dk.data()));
    wipe(pw);
    return constantTimeEquals(dk, expected);
}

Result<QByteArray> loadOrCreateMasterKey(const QString &path)
{
    QFile file(path);
    if (file.exists()) {
#ifndef Q_OS_WIN
        // Not on Windows: Qt derives these bits there from the read-only attribute alone, so every
        // file looks readable by all. A key file made below gets an owner-only ACL there.
        const auto perms = file.permissions();
        if (perms & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther))
            return ApiError::internal(
                Tr::tr("The master key file %1 is readable by other users; make it private "
                       "(chmod 600) and try again.")
                    .arg(QDir::toNativeSeparators(path)));
#endif // portable: no-op on Windows because Qt cannot read its ACLs here (see above)
        if (!file.open(QIODevice::ReadOnly))
            return ApiError::internal(Tr::tr("Cannot read the master key file %1: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString()));
        QByteArray key = file.read(33);
        if (key.size() != 32) {
            wipe(key);
            return ApiError::internal(
                Tr::tr("The master key file %1 is damaged: it must hold exactly 32 bytes.")
                    .arg(QDir::toNativeSeparators(path)));
        }
        return key;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QByteArray key = randomBytes(32);
    // Created with 0600 in the open call itself, so it is never readable by others.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFile::ReadOwner | QFile::WriteOwner) ||
        file.write(key) != 32 || !file.flush()) {
        wipe(key);
        return ApiError::internal(Tr::tr("Cannot create the master key file %1: %2")
                                      .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    file.close();
    return key;
}

} // namespace latchkey::crypto
