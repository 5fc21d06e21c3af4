/*
 * sm2p11 — a small PKCS#11 module for the tests: one token holding one SM2 key and its
 * certificate, signing with *vendor-defined* mechanism numbers, backed by OpenSSL 3's SM2.
 *
 * Chinese USB keys that speak PKCS#11 give SM2 keys a vendor key type (CKK_VENDOR_DEFINED + n)
 * and sign with vendor mechanisms, some over a host-computed e = SM3(Z||M) ("CKM_SM2" style),
 * some over the message with Z and SM3 computed inside ("CKM_SM2_SM3" style, signer ID
 * 1234567812345678), answering DER or raw r||s.  This module lets a test choose each of those
 * numbers and behaviours, so SealDesk's vendor-profile code runs against a real module boundary.
 *
 * Test code only, never shipped.  Configuration is read at C_Initialize from the environment:
 *
 *   SM2P11_KEY       PEM file of the SM2 private key           (required)
 *   SM2P11_CERT      DER file of its certificate               (required)
 *   SM2P11_PIN       the user PIN                              (default 123456)
 *   SM2P11_KEYTYPE   CKA_KEY_TYPE of the private key, hex      (default 0x80000001)
 *   SM2P11_MECHS     C_GetMechanismList, comma-separated hex   (default: the two below)
 *   SM2P11_MECH_E    mechanism that signs a 32-byte e          (default 0x80000004)
 *   SM2P11_MECH_M    mechanism that signs the message (Z+SM3)  (default 0x00010004)
 *   SM2P11_SIGFMT    "raw" (r||s, 64 bytes) or "der"           (default raw)
 *
 * Build: gcc -std=c11 -shared -fPIC -O2 -Wall -Wextra -Werror -o sm2p11.so sm2p11.c -lcrypto
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "../p11shim/p11shim.h"

struct CK_MECHANISM {
    CK_MECHANISM_TYPE mechanism;
    void *pParameter;
    CK_ULONG ulParameterLen;
};

struct CK_MECHANISM_INFO {
    CK_ULONG ulMinKeySize;
    CK_ULONG ulMaxKeySize;
    CK_FLAGS flags;
};

#define CKR_FUNCTION_NOT_SUPPORTED 0x54UL
#define CKR_ATTRIBUTE_TYPE_INVALID 0x12UL
#define CKR_KEY_HANDLE_INVALID 0x60UL
#define CKR_MECHANISM_INVALID 0x70UL
#define CKR_OBJECT_HANDLE_INVALID 0x82UL
#define CKR_OPERATION_ACTIVE 0x90UL
#define CKR_SESSION_HANDLE_INVALID 0xB3UL
#define CKR_SLOT_ID_INVALID 0x03UL
#define CKR_DATA_LEN_RANGE 0x21UL
#define CKR_USER_ALREADY_LOGGED_IN 0x100UL
#define CKR_USER_TYPE_INVALID 0x103UL
#define CKA_TOKEN 0x001UL
#define CKA_PRIVATE 0x002UL
#define CKA_LABEL 0x003UL
#define CKA_VALUE 0x011UL
#define CKA_CERTIFICATE_TYPE 0x080UL
#define CKA_KEY_TYPE 0x100UL
#define CKA_ID 0x102UL
#define CKA_SIGN 0x108UL
#define CKO_CERTIFICATE 1UL
#define CKF_SIGN 0x800UL
#define UNAVAILABLE ((CK_ULONG)-1)

#define MAX_SESSIONS 16
#define MAX_MECHS 16

typedef struct {
    CK_ATTRIBUTE_TYPE type;
    unsigned char value[2048];
    CK_ULONG len;
} Attr;

typedef struct {
    Attr attrs[16];
    int count;
    int is_private;
} Object;

typedef struct {
    int open;
    int find_active, found_next;
    Attr find[8];
    int find_count;
    CK_ULONG sign_mech; /* 0: no operation */
} Session;

static struct {
    int initialized;
    int logged_in;
    char key_path[1024];
    char pin[64];
    CK_ULONG mechs[MAX_MECHS];
    CK_ULONG mech_count;
    CK_ULONG mech_e, mech_m;
    int raw_sig;
    Object objects[2]; /* handle 1: certificate, handle 2: private key */
    Session sessions[MAX_SESSIONS];
} g;

static CK_FUNCTION_LIST functions;

static void pad(CK_UTF8CHAR *dst, size_t size, const char *text) {
    memset(dst, ' ', size);
    memcpy(dst, text, strlen(text) < size ? strlen(text) : size);
}

static CK_ULONG env_hex(const char *name, CK_ULONG fallback) {
    const char *v = getenv(name);
    return v && *v ? strtoul(v, NULL, 16) : fallback;
}

static void add_attr(Object *o, CK_ATTRIBUTE_TYPE type, const void *value, CK_ULONG len) {
    Attr *a = &o->attrs[o->count++];
    a->type = type;
    memcpy(a->value, value, len);
    a->len = len;
}

static void add_ulong(Object *o, CK_ATTRIBUTE_TYPE type, CK_ULONG v) {
    add_attr(o, type, &v, sizeof v);
}

static void add_bool(Object *o, CK_ATTRIBUTE_TYPE type, CK_BBOOL v) {
    add_attr(o, type, &v, 1);
}

static const Attr *find_attr(const Object *o, CK_ATTRIBUTE_TYPE type) {
    for (int i = 0; i < o->count; i++)
        if (o->attrs[i].type == type) return &o->attrs[i];
    return NULL;
}

static CK_RV load_config(void) {
    const char *key = getenv("SM2P11_KEY"), *cert = getenv("SM2P11_CERT");
    const char *pin = getenv("SM2P11_PIN"), *fmt = getenv("SM2P11_SIGFMT");
    if (!key || !cert) return CKR_GENERAL_ERROR;
    snprintf(g.key_path, sizeof g.key_path, "%s", key);
    snprintf(g.pin, sizeof g.pin, "%s", pin ? pin : "123456");
    g.raw_sig = !(fmt && strcmp(fmt, "der") == 0);
    g.mech_e = env_hex("SM2P11_MECH_E", 0x80000004UL);
    g.mech_m = env_hex("SM2P11_MECH_M", 0x00010004UL);
    g.mech_count = 0;
    const char *list = getenv("SM2P11_MECHS");
    if (list) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s", list);
        for (char *tok = strtok(buf, ","); tok && g.mech_count < MAX_MECHS; tok = strtok(NULL, ","))
            g.mechs[g.mech_count++] = strtoul(tok, NULL, 16);
    } else {
        g.mechs[g.mech_count++] = g.mech_e;
        g.mechs[g.mech_count++] = g.mech_m;
    }
    unsigned char der[2048];
    FILE *f = fopen(cert, "rb");
    if (!f) return CKR_GENERAL_ERROR;
    size_t n = fread(der, 1, sizeof der, f);
    fclose(f);
    unsigned char id = 1;
    Object *c = &g.objects[0], *k = &g.objects[1];
    memset(c, 0, sizeof *c);
    memset(k, 0, sizeof *k);
    add_ulong(c, CKA_CLASS, CKO_CERTIFICATE);
    add_ulong(c, CKA_CERTIFICATE_TYPE, 0); /* CKC_X_509 */
    add_bool(c, CKA_TOKEN, CK_TRUE);
    add_bool(c, CKA_PRIVATE, CK_FALSE);
    add_attr(c, CKA_VALUE, der, (CK_ULONG)n);
    add_attr(c, CKA_ID, &id, 1);
    add_attr(c, CKA_LABEL, "sm2-seal", 8);
    add_ulong(k, CKA_CLASS, CKO_PRIVATE_KEY);
    add_ulong(k, CKA_KEY_TYPE, env_hex("SM2P11_KEYTYPE", 0x80000001UL));
    add_bool(k, CKA_TOKEN, CK_TRUE);
    add_bool(k, CKA_PRIVATE, CK_TRUE);
    add_attr(k, CKA_ID, &id, 1);
    add_attr(k, CKA_LABEL, "sm2-seal", 8);
    add_bool(k, CKA_SIGN, CK_TRUE);
    add_bool(k, CKA_ALWAYS_AUTHENTICATE, CK_FALSE);
    for (CK_ATTRIBUTE_TYPE t = 0x104; t <= 0x10C; t++) /* encrypt … derive */
        if (t != CKA_SIGN) add_bool(k, t, CK_FALSE);
    k->is_private = 1;
    return CKR_OK;
}

static CK_RV C_Initialize(void *args) {
    (void)args;
    if (g.initialized) return CKR_CRYPTOKI_ALREADY_INITIALIZED;
    memset(&g, 0, sizeof g);
    CK_RV rv = load_config();
    if (rv == CKR_OK) g.initialized = 1;
    return rv;
}

static CK_RV C_Finalize(void *reserved) {
    (void)reserved;
    if (!g.initialized) return CKR_CRYPTOKI_NOT_INITIALIZED;
    memset(&g, 0, sizeof g);
    return CKR_OK;
}

static CK_RV C_GetInfo(CK_INFO *info) {
    memset(info, 0, sizeof *info);
    info->cryptokiVersion.major = 2;
    info->cryptokiVersion.minor = 40;
    pad(info->manufacturerID, 32, "SealDesk tests");
    pad(info->libraryDescription, 32, "sm2p11 (vendor SM2 test module)");
    info->libraryVersion.major = 1;
    return CKR_OK;
}

CK_RV C_GetFunctionList(CK_FUNCTION_LIST **list);

static CK_RV C_GetSlotList(CK_BBOOL present, CK_SLOT_ID *slots, CK_ULONG *count) {
    (void)present;
    if (!g.initialized) return CKR_CRYPTOKI_NOT_INITIALIZED;
    if (slots) {
        if (*count < 1) { *count = 1; return CKR_BUFFER_TOO_SMALL; }
        slots[0] = 0;
    }
    *count = 1;
    return CKR_OK;
}

static CK_RV C_GetSlotInfo(CK_SLOT_ID slot, CK_SLOT_INFO *info) {
    if (slot != 0) return CKR_SLOT_ID_INVALID;
    memset(info, 0, sizeof *info);
    pad(info->slotDescription, 64, "sm2p11 slot");
    pad(info->manufacturerID, 32, "SealDesk tests");
    info->flags = CKF_TOKEN_PRESENT | 0x2UL; /* removable */
    return CKR_OK;
}

static CK_RV C_GetTokenInfo(CK_SLOT_ID slot, CK_TOKEN_INFO *info) {
    if (slot != 0) return CKR_SLOT_ID_INVALID;
    memset(info, 0, sizeof *info);
    pad(info->label, 32, "SM2 Test Token");
    pad(info->manufacturerID, 32, "SealDesk tests");
    pad(info->model, 16, "sm2p11");
    pad((CK_UTF8CHAR *)info->serialNumber, 16, "SM2P11-0001");
    info->flags = CKF_TOKEN_INITIALIZED | 0x4UL | 0x8UL; /* login required, PIN initialised */
    info->ulMaxPinLen = 32;
    info->ulMinPinLen = 4;
    return CKR_OK;
}

static CK_RV C_GetMechanismList(CK_SLOT_ID slot, CK_MECHANISM_TYPE *list, CK_ULONG *count) {
    if (slot != 0) return CKR_SLOT_ID_INVALID;
    if (list) {
        if (*count < g.mech_count) { *count = g.mech_count; return CKR_BUFFER_TOO_SMALL; }
        memcpy(list, g.mechs, g.mech_count * sizeof *list);
    }
    *count = g.mech_count;
    return CKR_OK;
}

static int offered(CK_ULONG mech) {
    for (CK_ULONG i = 0; i < g.mech_count; i++)
        if (g.mechs[i] == mech) return 1;
    return 0;
}

static CK_RV C_GetMechanismInfo(CK_SLOT_ID slot, CK_MECHANISM_TYPE type, CK_MECHANISM_INFO *info) {
    if (slot != 0) return CKR_SLOT_ID_INVALID;
    if (!offered(type)) return CKR_MECHANISM_INVALID;
    info->ulMinKeySize = info->ulMaxKeySize = 256;
    info->flags = CKF_SIGN;
    return CKR_OK;
}

static int session_ok(CK_SESSION_HANDLE h) {
    return g.initialized && h >= 1 && h <= MAX_SESSIONS && g.sessions[h - 1].open;
}

static CK_RV C_OpenSession(CK_SLOT_ID slot, CK_FLAGS flags, void *app, CK_NOTIFY notify,
                           CK_SESSION_HANDLE *out) {
    (void)flags; (void)app; (void)notify;
    if (slot != 0) return CKR_SLOT_ID_INVALID;
    for (int i = 0; i < MAX_SESSIONS; i++) {
        if (!g.sessions[i].open) {
            memset(&g.sessions[i], 0, sizeof g.sessions[i]);
            g.sessions[i].open = 1;
            *out = (CK_SESSION_HANDLE)(i + 1);
            return CKR_OK;
        }
    }
    return CKR_HOST_MEMORY;
}

static CK_RV C_CloseSession(CK_SESSION_HANDLE h) {
    if (!session_ok(h)) return CKR_SESSION_HANDLE_INVALID;
    g.sessions[h - 1].open = 0;
    int any = 0;
    for (int i = 0; i < MAX_SESSIONS; i++) any |= g.sessions[i].open;
    if (!any) g.logged_in = 0; /* the last session closed: logged out */
    return CKR_OK;
}

static CK_RV C_CloseAllSessions(CK_SLOT_ID slot) {
    (void)slot;
    for (int i = 0; i < MAX_SESSIONS; i++) g.sessions[i].open = 0;
    g.logged_in = 0;
    return CKR_OK;
}

static CK_RV C_GetSessionInfo(CK_SESSION_HANDLE h, CK_SESSION_INFO *info) {
    if (!session_ok(h)) return CKR_SESSION_HANDLE_INVALID;
    info->slotID = 0;
    info->state = g.logged_in ? 1 : 0; /* CKS_RO_USER_FUNCTIONS / CKS_RO_PUBLIC_SESSION */
    info->flags = 0x4UL;               /* CKF_SERIAL_SESSION */
    info->ulDeviceError = 0;
    return CKR_OK;
}

static CK_RV C_Login(CK_SESSION_HANDLE h, CK_USER_TYPE user, CK_UTF8CHAR *pin, CK_ULONG len) {
    if (!session_ok(h)) return CKR_SESSION_HANDLE_INVALID;
    if (user != CKU_USER) return CKR_USER_TYPE_INVALID;
    if (g.logged_in) return CKR_USER_ALREADY_LOGGED_IN;
    if (!pin || len != strlen(g.pin) || memcmp(pin, g.pin, len) != 0) return CKR_PIN_INCORRECT;
    g.logged_in = 1;
    return CKR_OK;
}

static CK_RV C_Logout(CK_SESSION_HANDLE h) {
    if (!session_ok(h)) return CKR_SESSION_HANDLE_INVALID;
    if (!g.logged_in) return CKR_USER_NOT_LOGGED_IN;
    g.logged_in = 0;
    return CKR_OK;
}

static Object *object_for(CK_OBJECT_HANDLE h) {
    if (h < 1 || h > 2) return NULL;
    Object *o = &g.objects[h - 1];
    return o->is_private && !g.logged_in ? NULL : o;
}

static CK_RV C_GetAttributeValue(CK_SESSION_HANDLE h, CK_OBJECT_HANDLE obj, CK_ATTRIBUTE *tpl,
                                 CK_ULONG count) {
    if (!session_ok(h)) return CKR_SESSION_HANDLE_INVALID;
    Object *o = object_for(obj);
    if (!o) return CKR_OBJECT_HANDLE_INVALID;
    CK_RV rv = CKR_OK;
    for (CK_ULONG i = 0; i < count; i++) {
        const Attr *a = find_attr(o, tpl[i].type);
        if (!a) {
            tpl[i].ulValueLen = UNAVAILABLE;
            rv = CKR_ATTRIBUTE_TYPE_INVALID;
        } else if (!tpl[i].pValue) {
            tpl[i].ulValueLen = a->len;
        } else if (tpl[i].ulValueLen < a->len) {
            tpl[i].ulValueLen = UNAVAILABLE;
            rv = CKR_BUFFER_TOO_SMALL;
        } else {
            memcpy(tpl[i].pValue, a->value, a->len);
            tpl[i].ulValueLen = a->len;
        }
    }
    return rv;
}

static CK_RV C_FindObjectsInit(CK_SESSION_HANDLE h, CK_ATTRIBUTE *tpl, CK_ULONG count) {
    if (!session_ok(h)) return CKR_SESSION_HANDLE_INVALID;
    Session *s = &g.sessions[h - 1];
    if (s->find_active) return CKR_OPERATION_ACTIVE;
    if (count > 8) return CKR_ARGUMENTS_BAD;
    for (CK_ULONG i = 0; i < count; i++) {
        s->find[i].type = tpl[i].type;
        s->find[i].len = tpl[i].ulValueLen;
        memcpy(s->find[i].value, tpl[i].pValue, tpl[i].ulValueLen);
    }
    s->find_count = (int)count;
    s->find_active = 1;
    s->found_next = 1;
    return CKR_OK;
}

static int matches(const Object *o, const Attr *find, int count) {
    for (int i = 0; i < count; i++) {
        const Attr *a = find_attr(o, find[i].type);
        if (!a || a->len != find[i].len || memcmp(a->value, find[i].value, a->len) != 0) return 0;
    }
    return 1;
}

static CK_RV C_FindObjects(CK_SESSION_HANDLE h, CK_OBJECT_HANDLE *out, CK_ULONG max,
                           CK_ULONG *found) {
    if (!session_ok(h)) return CKR_SESSION_HANDLE_INVALID;
    Session *s = &g.sessions[h - 1];
    if (!s->find_active) return CKR_OPERATION_NOT_INITIALIZED;
    *found = 0;
    while (s->found_next <= 2 && *found < max) {
        CK_OBJECT_HANDLE candidate = (CK_OBJECT_HANDLE)s->found_next++;
        Object *o = object_for(candidate);
        if (o && matches(o, s->find, s->find_count)) out[(*found)++] = candidate;
    }
    return CKR_OK;
}

static CK_RV C_FindObjectsFinal(CK_SESSION_HANDLE h) {
    if (!session_ok(h)) return CKR_SESSION_HANDLE_INVALID;
    g.sessions[h - 1].find_active = 0;
    return CKR_OK;
}

static CK_RV C_SignInit(CK_SESSION_HANDLE h, CK_MECHANISM *mech, CK_OBJECT_HANDLE key) {
    if (!session_ok(h)) return CKR_SESSION_HANDLE_INVALID;
    if (!g.logged_in) return CKR_USER_NOT_LOGGED_IN;
    if (g.sessions[h - 1].sign_mech) return CKR_OPERATION_ACTIVE;
    if (key != 2) return CKR_KEY_HANDLE_INVALID;
    if (!offered(mech->mechanism) || (mech->mechanism != g.mech_e && mech->mechanism != g.mech_m))
        return CKR_MECHANISM_INVALID;
    g.sessions[h - 1].sign_mech = mech->mechanism;
    return CKR_OK;
}

/* DER (r, s) → 64-byte r||s */
static int to_raw(const unsigned char *der, size_t der_len, unsigned char *out) {
    const unsigned char *p = der;
    ECDSA_SIG *sig = d2i_ECDSA_SIG(NULL, &p, (long)der_len);
    if (!sig) return 0;
    const BIGNUM *r, *s;
    ECDSA_SIG_get0(sig, &r, &s);
    int ok = BN_bn2binpad(r, out, 32) == 32 && BN_bn2binpad(s, out + 32, 32) == 32;
    ECDSA_SIG_free(sig);
    return ok;
}

static CK_RV sm2_sign(CK_ULONG mech, const unsigned char *data, CK_ULONG len,
                      unsigned char *der, size_t *der_len) {
    FILE *f = fopen(g.key_path, "rb");
    if (!f) return CKR_GENERAL_ERROR;
    EVP_PKEY *key = PEM_read_PrivateKey(f, NULL, NULL, NULL);
    fclose(f);
    if (!key) return CKR_GENERAL_ERROR;
    int ok = 0;
    if (mech == g.mech_e) { /* e computed by the host: OpenSSL's SM2 EVP_PKEY_sign takes e */
        EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(NULL, key, NULL);
        ok = len == 32 && ctx && EVP_PKEY_sign_init(ctx) == 1
             && EVP_PKEY_sign(ctx, der, der_len, data, len) == 1;
        EVP_PKEY_CTX_free(ctx);
        if (len != 32) { EVP_PKEY_free(key); return CKR_DATA_LEN_RANGE; }
    } else { /* the message: Z with the default signer ID and SM3 inside the token */
        EVP_MD_CTX *md = EVP_MD_CTX_new();
        EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_pkey(NULL, key, NULL);
        static const char id[] = "1234567812345678";
        if (md && pctx && EVP_PKEY_CTX_set1_id(pctx, id, sizeof id - 1) == 1) {
            EVP_MD_CTX_set_pkey_ctx(md, pctx);
            ok = EVP_DigestSignInit(md, NULL, EVP_sm3(), NULL, key) == 1
                 && EVP_DigestSign(md, der, der_len, data, len) == 1;
        }
        EVP_MD_CTX_free(md);
        EVP_PKEY_CTX_free(pctx);
    }
    EVP_PKEY_free(key);
    return ok ? CKR_OK : CKR_GENERAL_ERROR;
}

static CK_RV C_Sign(CK_SESSION_HANDLE h, CK_BYTE *data, CK_ULONG len, CK_BYTE *sig,
                    CK_ULONG *sig_len) {
    if (!session_ok(h)) return CKR_SESSION_HANDLE_INVALID;
    CK_ULONG mech = g.sessions[h - 1].sign_mech;
    if (!mech) return CKR_OPERATION_NOT_INITIALIZED;
    CK_ULONG need = g.raw_sig ? 64 : 72;
    if (!sig) { *sig_len = need; return CKR_OK; }
    if (*sig_len < need) { *sig_len = need; return CKR_BUFFER_TOO_SMALL; }
    g.sessions[h - 1].sign_mech = 0; /* one C_Sign ends the operation */
    unsigned char der[80];
    size_t der_len = sizeof der;
    CK_RV rv = sm2_sign(mech, data, len, der, &der_len);
    if (rv != CKR_OK) return rv;
    if (g.raw_sig) {
        if (!to_raw(der, der_len, sig)) return CKR_GENERAL_ERROR;
        *sig_len = 64;
    } else {
        memcpy(sig, der, der_len);
        *sig_len = (CK_ULONG)der_len;
    }
    return CKR_OK;
}

static CK_RV not_supported(void) { return CKR_FUNCTION_NOT_SUPPORTED; }

CK_RV C_GetFunctionList(CK_FUNCTION_LIST **list) {
    if (!list) return CKR_ARGUMENTS_BAD;
    void **slots = (void **)((char *)&functions + sizeof(void *)); /* after the version */
    for (size_t i = 0; i < 68; i++) slots[i] = (void *)not_supported;
    functions.version.major = 2;
    functions.version.minor = 40;
    functions.C_Initialize = C_Initialize;
    functions.C_Finalize = C_Finalize;
    functions.C_GetInfo = C_GetInfo;
    functions.C_GetFunctionList = C_GetFunctionList;
    functions.C_GetSlotList = C_GetSlotList;
    functions.C_GetSlotInfo = C_GetSlotInfo;
    functions.C_GetTokenInfo = C_GetTokenInfo;
    functions.C_GetMechanismList = C_GetMechanismList;
    functions.C_GetMechanismInfo = C_GetMechanismInfo;
    functions.C_OpenSession = C_OpenSession;
    functions.C_CloseSession = C_CloseSession;
    functions.C_CloseAllSessions = C_CloseAllSessions;
    functions.C_GetSessionInfo = C_GetSessionInfo;
    functions.C_Login = C_Login;
    functions.C_Logout = C_Logout;
    functions.C_GetAttributeValue = C_GetAttributeValue;
    functions.C_FindObjectsInit = C_FindObjectsInit;
    functions.C_FindObjects = C_FindObjects;
    functions.C_FindObjectsFinal = C_FindObjectsFinal;
    functions.C_SignInit = C_SignInit;
    functions.C_Sign = C_Sign;
    *list = &functions;
    return CKR_OK;
}
