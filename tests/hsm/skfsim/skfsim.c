/*
 * skfsim: a small SKF (GM/T 0016-2012) library over soft SM2 keys, for SealDesk's tests.
 *
 * It implements the calls SealDesk's SKF backend makes -- enumerate devices, applications and
 * containers, export the signing certificate and public key, PIN information and verification
 * with a retry counter that locks, and SKF_ECCSignData over a host-computed e = SM3(Z||M) --
 * with OpenSSL 3's SM2 doing the arithmetic.  State lives in the folder named by $SKFSIM_DIR:
 *
 *   name, label, serial     the device name (EnumDev), label and serial (GetDevInfo)
 *   app                     the one application's name
 *   pin, tries, max_tries   user PIN, tries left (rewritten on every VerifyPIN), maximum
 *   absent                  if this file exists the device is "removed"
 *   containers/NAME/sign.key, sign.cer   an SM2 private key (PEM) and its certificate (DER)
 *   containers/NAME/type    optional: "1" makes the container an RSA one (no SM2 key)
 *
 * Error codes and structures follow GM/T 0016-2012.  Not a product: one application, one
 * user, no SO PIN, no encryption.
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

typedef uint32_t ULONG;
typedef int32_t BOOL;
typedef uint8_t BYTE;
typedef void *HANDLE;

#define SAR_OK 0x00000000u
#define SAR_FAIL 0x0A000001u
#define SAR_INVALIDHANDLEERR 0x0A000005u
#define SAR_INVALIDPARAMERR 0x0A000006u
#define SAR_KEYNOTFOUNTERR 0x0A00001Bu
#define SAR_CERTNOTFOUNTERR 0x0A00001Cu
#define SAR_BUFFER_TOO_SMALL 0x0A000020u
#define SAR_DEVICE_REMOVED 0x0A000023u
#define SAR_PIN_INCORRECT 0x0A000024u
#define SAR_PIN_LOCKED 0x0A000025u
#define SAR_USER_TYPE_INVALID 0x0A00002Au
#define SAR_USER_NOT_LOGGED_IN 0x0A00002Du
#define SAR_APPLICATION_NOT_EXISTS 0x0A00002Eu

#define USER_TYPE 1
#define PATH_MAX_LEN 1024

#pragma pack(push, 1)
typedef struct { BYTE major; BYTE minor; } VERSION;
typedef struct {
    VERSION Version;
    char Manufacturer[64];
    char Issuer[64];
    char Label[32];
    char SerialNumber[32];
    VERSION HWVersion;
    VERSION FirmwareVersion;
    ULONG AlgSymCap, AlgAsymCap, AlgHashCap, DevAuthAlgId, TotalSpace, FreeSpace;
    ULONG MaxECCBufferSize, MaxBufferSize;
    BYTE Reserved[64];
} DEVINFO;
typedef struct { ULONG BitLen; BYTE XCoordinate[64]; BYTE YCoordinate[64]; } ECCPUBLICKEYBLOB;
typedef struct { BYTE r[64]; BYTE s[64]; } ECCSIGNATUREBLOB;
#pragma pack(pop)

/* handles are pointers to these; the magic tells them apart */
typedef struct { uint32_t magic; } Dev;
typedef struct { uint32_t magic; } App;
typedef struct { uint32_t magic; char name[256]; } Container;
#define DEV_MAGIC 0x53444556u
#define APP_MAGIC 0x53415050u
#define CON_MAGIC 0x53434f4eu

/* the user is logged in to the (one) application until ClearSecureState or CloseApplication */
static int g_logged_in = 0;

static int path_of(char *out, const char *name) {
    const char *dir = getenv("SKFSIM_DIR");
    if (!dir) return 0;
    return snprintf(out, PATH_MAX_LEN, "%s/%s", dir, name) < PATH_MAX_LEN;
}

static int read_text(const char *name, char *buf, size_t size) {
    char path[PATH_MAX_LEN];
    if (!path_of(path, name)) return 0;
    FILE *f = fopen(path, "r");
    if (!f) return 0;
    size_t n = fread(buf, 1, size - 1, f);
    fclose(f);
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r')) n--;
    buf[n] = '\0';
    return 1;
}

static int read_number(const char *name, ULONG fallback) {
    char buf[32];
    return read_text(name, buf, sizeof buf) ? atoi(buf) : (int)fallback;
}

static void write_number(const char *name, int value) {
    char path[PATH_MAX_LEN];
    if (!path_of(path, name)) return;
    FILE *f = fopen(path, "w");
    if (f) { fprintf(f, "%d\n", value); fclose(f); }
}

static int present(void) {
    char path[PATH_MAX_LEN];
    struct stat st;
    if (!path_of(path, "absent")) return 0;
    return stat(path, &st) != 0;
}

/* one name as a GM/T 0016 multi-string: name\0\0 (or just \0 for an empty list) */
static ULONG put_names(const char *names, size_t names_len, char *out, ULONG *size) {
    if (!size) return SAR_INVALIDPARAMERR;
    if (!out) { *size = (ULONG)names_len; return SAR_OK; }
    if (*size < names_len) { *size = (ULONG)names_len; return SAR_BUFFER_TOO_SMALL; }
    memcpy(out, names, names_len);
    *size = (ULONG)names_len;
    return SAR_OK;
}

static ULONG put_bytes(const BYTE *data, size_t len, BYTE *out, ULONG *size) {
    if (!size) return SAR_INVALIDPARAMERR;
    if (!out) { *size = (ULONG)len; return SAR_OK; }
    if (*size < len) { *size = (ULONG)len; return SAR_BUFFER_TOO_SMALL; }
    memcpy(out, data, len);
    *size = (ULONG)len;
    return SAR_OK;
}

ULONG SKF_EnumDev(BOOL bPresent, char *szNameList, ULONG *pulSize) {
    (void)bPresent;
    char name[256], list[258];
    if (!present() || !read_text("name", name, sizeof name)) return put_names("\0", 1, szNameList, pulSize);
    size_t n = strlen(name);
    memcpy(list, name, n);
    list[n] = '\0';
    list[n + 1] = '\0';
    return put_names(list, n + 2, szNameList, pulSize);
}

ULONG SKF_ConnectDev(char *szName, HANDLE *phDev) {
    char name[256];
    if (!szName || !phDev) return SAR_INVALIDPARAMERR;
    if (!present()) return SAR_DEVICE_REMOVED;
    if (!read_text("name", name, sizeof name) || strcmp(name, szName) != 0) return SAR_FAIL;
    Dev *dev = calloc(1, sizeof *dev);
    if (!dev) return SAR_FAIL;
    dev->magic = DEV_MAGIC;
    *phDev = dev;
    return SAR_OK;
}

ULONG SKF_DisConnectDev(HANDLE hDev) {
    Dev *dev = hDev;
    if (!dev || dev->magic != DEV_MAGIC) return SAR_INVALIDHANDLEERR;
    dev->magic = 0;
    free(dev);
    return SAR_OK;
}

ULONG SKF_GetDevInfo(HANDLE hDev, DEVINFO *info) {
    Dev *dev = hDev;
    if (!dev || dev->magic != DEV_MAGIC || !info) return SAR_INVALIDPARAMERR;
    if (!present()) return SAR_DEVICE_REMOVED;
    memset(info, 0, sizeof *info);
    info->Version.major = 1;
    strncpy(info->Manufacturer, "SealDesk skfsim", sizeof info->Manufacturer - 1);
    strncpy(info->Issuer, "SealDesk tests", sizeof info->Issuer - 1);
    read_text("label", info->Label, sizeof info->Label);
    read_text("serial", info->SerialNumber, sizeof info->SerialNumber);
    return SAR_OK;
}

ULONG SKF_EnumApplication(HANDLE hDev, char *szAppName, ULONG *pulSize) {
    Dev *dev = hDev;
    char app[256], list[258];
    if (!dev || dev->magic != DEV_MAGIC) return SAR_INVALIDHANDLEERR;
    if (!present()) return SAR_DEVICE_REMOVED;
    if (!read_text("app", app, sizeof app)) return put_names("\0", 1, szAppName, pulSize);
    size_t n = strlen(app);
    memcpy(list, app, n);
    list[n] = list[n + 1] = '\0';
    return put_names(list, n + 2, szAppName, pulSize);
}

ULONG SKF_OpenApplication(HANDLE hDev, char *szAppName, HANDLE *phApp) {
    Dev *dev = hDev;
    char app[256];
    if (!dev || dev->magic != DEV_MAGIC || !szAppName || !phApp) return SAR_INVALIDPARAMERR;
    if (!present()) return SAR_DEVICE_REMOVED;
    if (!read_text("app", app, sizeof app) || strcmp(app, szAppName) != 0)
        return SAR_APPLICATION_NOT_EXISTS;
    App *a = calloc(1, sizeof *a);
    if (!a) return SAR_FAIL;
    a->magic = APP_MAGIC;
    *phApp = a;
    return SAR_OK;
}

ULONG SKF_CloseApplication(HANDLE hApp) {
    App *a = hApp;
    if (!a || a->magic != APP_MAGIC) return SAR_INVALIDHANDLEERR;
    a->magic = 0;
    free(a);
    g_logged_in = 0;
    return SAR_OK;
}

ULONG SKF_GetPINInfo(HANDLE hApp, ULONG ulPINType, ULONG *pulMax, ULONG *pulRemain, BOOL *pbDefault) {
    App *a = hApp;
    if (!a || a->magic != APP_MAGIC) return SAR_INVALIDHANDLEERR;
    if (ulPINType != USER_TYPE) return SAR_USER_TYPE_INVALID;
    if (!present()) return SAR_DEVICE_REMOVED;
    int max = read_number("max_tries", 6);
    if (pulMax) *pulMax = (ULONG)max;
    if (pulRemain) *pulRemain = (ULONG)read_number("tries", (ULONG)max);
    if (pbDefault) *pbDefault = 0;
    return SAR_OK;
}

ULONG SKF_VerifyPIN(HANDLE hApp, ULONG ulPINType, char *szPIN, ULONG *pulRetryCount) {
    App *a = hApp;
    char pin[128];
    if (!a || a->magic != APP_MAGIC || !szPIN) return SAR_INVALIDPARAMERR;
    if (ulPINType != USER_TYPE) return SAR_USER_TYPE_INVALID;
    if (!present()) return SAR_DEVICE_REMOVED;
    int max = read_number("max_tries", 6);
    int left = read_number("tries", (ULONG)max);
    if (pulRetryCount) *pulRetryCount = (ULONG)left;
    if (left <= 0) return SAR_PIN_LOCKED;
    if (!read_text("pin", pin, sizeof pin)) return SAR_FAIL;
    if (strcmp(pin, szPIN) != 0) {
        left -= 1;
        write_number("tries", left);
        if (pulRetryCount) *pulRetryCount = (ULONG)left;
        return left <= 0 ? SAR_PIN_LOCKED : SAR_PIN_INCORRECT;
    }
    write_number("tries", max);
    if (pulRetryCount) *pulRetryCount = (ULONG)max;
    g_logged_in = 1;
    return SAR_OK;
}

ULONG SKF_ClearSecureState(HANDLE hApp) {
    App *a = hApp;
    if (!a || a->magic != APP_MAGIC) return SAR_INVALIDHANDLEERR;
    g_logged_in = 0;
    return SAR_OK;
}

ULONG SKF_EnumContainer(HANDLE hApp, char *szContainerName, ULONG *pulSize) {
    App *a = hApp;
    char path[PATH_MAX_LEN], list[4096];
    size_t used = 0;
    if (!a || a->magic != APP_MAGIC) return SAR_INVALIDHANDLEERR;
    if (!present()) return SAR_DEVICE_REMOVED;
    if (!path_of(path, "containers")) return SAR_FAIL;
    DIR *dir = opendir(path);
    if (dir) {
        struct dirent *e;
        while ((e = readdir(dir)) != NULL) {
            size_t n = strlen(e->d_name);
            if (e->d_name[0] == '.' || used + n + 2 > sizeof list) continue;
            memcpy(list + used, e->d_name, n + 1);
            used += n + 1;
        }
        closedir(dir);
    }
    list[used++] = '\0';
    return put_names(list, used, szContainerName, pulSize);
}

static int container_file(const Container *c, const char *file, char *out) {
    char rel[PATH_MAX_LEN];
    if (snprintf(rel, sizeof rel, "containers/%s/%s", c->name, file) >= (int)sizeof rel) return 0;
    return path_of(out, rel);
}

ULONG SKF_OpenContainer(HANDLE hApp, char *szName, HANDLE *phContainer) {
    App *a = hApp;
    char path[PATH_MAX_LEN];
    struct stat st;
    if (!a || a->magic != APP_MAGIC || !szName || !phContainer) return SAR_INVALIDPARAMERR;
    if (!present()) return SAR_DEVICE_REMOVED;
    if (strlen(szName) >= 256 || strchr(szName, '/')) return SAR_INVALIDPARAMERR;
    Container *c = calloc(1, sizeof *c);
    if (!c) return SAR_FAIL;
    c->magic = CON_MAGIC;
    strcpy(c->name, szName);
    if (!container_file(c, "sign.cer", path) || stat(path, &st) != 0) { free(c); return SAR_FAIL; }
    *phContainer = c;
    return SAR_OK;
}

ULONG SKF_CloseContainer(HANDLE hContainer) {
    Container *c = hContainer;
    if (!c || c->magic != CON_MAGIC) return SAR_INVALIDHANDLEERR;
    c->magic = 0;
    free(c);
    return SAR_OK;
}

ULONG SKF_GetContainerType(HANDLE hContainer, ULONG *pulType) {
    Container *c = hContainer;
    char path[PATH_MAX_LEN];
    if (!c || c->magic != CON_MAGIC || !pulType) return SAR_INVALIDPARAMERR;
    *pulType = 2; /* ECC (SM2) */
    if (container_file(c, "type", path)) {
        FILE *f = fopen(path, "r");
        if (f) { int t = 0; if (fscanf(f, "%d", &t) == 1) *pulType = (ULONG)t; fclose(f); }
    }
    return SAR_OK;
}

static ULONG read_file_bytes(const char *path, BYTE *buf, size_t cap, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return SAR_CERTNOTFOUNTERR;
    *len = fread(buf, 1, cap, f);
    fclose(f);
    return SAR_OK;
}

ULONG SKF_ExportCertificate(HANDLE hContainer, BOOL bSignFlag, BYTE *pbCert, ULONG *pulCertLen) {
    Container *c = hContainer;
    char path[PATH_MAX_LEN];
    BYTE buf[8192];
    size_t len = 0;
    if (!c || c->magic != CON_MAGIC) return SAR_INVALIDHANDLEERR;
    if (!present()) return SAR_DEVICE_REMOVED;
    if (!bSignFlag) return SAR_CERTNOTFOUNTERR; /* no encryption certificate here */
    if (!container_file(c, "sign.cer", path)) return SAR_FAIL;
    ULONG rv = read_file_bytes(path, buf, sizeof buf, &len);
    if (rv != SAR_OK) return rv;
    return put_bytes(buf, len, pbCert, pulCertLen);
}

static EVP_PKEY *load_key(const Container *c) {
    char path[PATH_MAX_LEN];
    if (!container_file(c, "sign.key", path)) return NULL;
    FILE *f = fopen(path, "r");
    if (!f) return NULL;
    EVP_PKEY *key = PEM_read_PrivateKey(f, NULL, NULL, NULL);
    fclose(f);
    return key;
}

ULONG SKF_ExportPublicKey(HANDLE hContainer, BOOL bSignFlag, BYTE *pbBlob, ULONG *pulBlobLen) {
    Container *c = hContainer;
    ECCPUBLICKEYBLOB blob;
    BYTE point[65];
    size_t point_len = sizeof point;
    if (!c || c->magic != CON_MAGIC) return SAR_INVALIDHANDLEERR;
    if (!present()) return SAR_DEVICE_REMOVED;
    if (!bSignFlag) return SAR_KEYNOTFOUNTERR;
    EVP_PKEY *key = load_key(c);
    if (!key) return SAR_KEYNOTFOUNTERR;
    int ok = EVP_PKEY_get_octet_string_param(key, "encoded-pub-key", point, sizeof point, &point_len);
    EVP_PKEY_free(key);
    if (!ok || point_len != 65) return SAR_FAIL;
    memset(&blob, 0, sizeof blob);
    blob.BitLen = 256;
    memcpy(blob.XCoordinate + 32, point + 1, 32);
    memcpy(blob.YCoordinate + 32, point + 33, 32);
    return put_bytes((const BYTE *)&blob, sizeof blob, pbBlob, pulBlobLen);
}

/* signs the 32-byte e the host computed: OpenSSL's SM2 EVP_PKEY_sign takes e as it is */
ULONG SKF_ECCSignData(HANDLE hContainer, BYTE *pbDigest, ULONG ulDigestLen, ECCSIGNATUREBLOB *pSig) {
    Container *c = hContainer;
    BYTE der[80];
    size_t der_len = sizeof der;
    ULONG rv = SAR_FAIL;
    if (!c || c->magic != CON_MAGIC || !pbDigest || !pSig) return SAR_INVALIDPARAMERR;
    if (ulDigestLen != 32) return SAR_INVALIDPARAMERR;
    if (!present()) return SAR_DEVICE_REMOVED;
    if (!g_logged_in) return SAR_USER_NOT_LOGGED_IN;
    EVP_PKEY *key = load_key(c);
    if (!key) return SAR_KEYNOTFOUNTERR;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(NULL, key, NULL);
    if (ctx && EVP_PKEY_sign_init(ctx) == 1
        && EVP_PKEY_sign(ctx, der, &der_len, pbDigest, ulDigestLen) == 1) {
        const BYTE *p = der;
        ECDSA_SIG *sig = d2i_ECDSA_SIG(NULL, &p, (long)der_len);
        if (sig) {
            memset(pSig, 0, sizeof *pSig);
            if (BN_bn2binpad(ECDSA_SIG_get0_r(sig), pSig->r + 32, 32) == 32
                && BN_bn2binpad(ECDSA_SIG_get0_s(sig), pSig->s + 32, 32) == 32)
                rv = SAR_OK;
            ECDSA_SIG_free(sig);
        }
    }
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(key);
    return rv;
}
