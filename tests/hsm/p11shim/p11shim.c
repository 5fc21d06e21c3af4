/*
 * p11shim: a PKCS#11 proxy module for SealDesk's tests.
 *
 * It loads a real module (SoftHSM2 by default), forwards every call to it, and
 * adds the token behaviours SoftHSM lacks: a user-PIN retry counter with the
 * standard token flags, PIN lock, a PIN pad, token removal and keys that need a
 * context-specific login before each signature.  Behaviour is driven by
 * environment variables read at C_Initialize and by control files in a state
 * directory, read on every call (see README.md next to this file).
 *
 * Test code only: never ship it.  PINs are kept in memory only and wiped.
 */
#define _POSIX_C_SOURCE 200809L

#include <dlfcn.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "p11shim.h"

#define DEFAULT_TARGET "/usr/lib/softhsm/libsofthsm2.so"
#define LIBRARY_DESCRIPTION "SealDesk p11shim (test proxy)"
#define PIN_MAX 256
#define PATH_MAX_LEN 4096
#define CKR_ATTRIBUTE_SENSITIVE_ 0x011UL
#define CKR_ATTRIBUTE_TYPE_INVALID_ 0x012UL
#define CK_UNAVAILABLE_INFORMATION_ (~0UL)

/* ---- global state, guarded by `lock` ---------------------------------- */

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static CK_FUNCTION_LIST shim_list;         /* our table, filled at the end */
static CK_FUNCTION_LIST *target;           /* the real module's table */
static void *target_handle;                /* dlopen handle, kept across C_Finalize */
static char target_path[PATH_MAX_LEN];
static bool initialized;
static bool target_owned;                  /* we initialized the target, so we finalize it */
static char state_dir[PATH_MAX_LEN];       /* "" = no control files */
static bool log_calls;
static bool removal_seen;                  /* `removed` existed at the previous check */

/* The user PIN that last opened a CKU_USER login in this process (memory only). */
static struct {
    bool known;
    CK_ULONG len;
    CK_UTF8CHAR value[PIN_MAX];
} user_pin;

/* Sessions whose current sign operation uses an always-authenticate key. */
enum reauth { REAUTH_NONE = 0, REAUTH_NEEDED, REAUTH_DONE };
struct sign_auth {
    CK_SESSION_HANDLE session;
    enum reauth state;
};
static struct sign_auth *auths;
static size_t n_auths, cap_auths;

/* ---- small helpers ------------------------------------------------------ */

static void wipe(void *p, size_t n)
{
    volatile unsigned char *v = p;
    while (n--)
        *v++ = 0;
}

static bool same_bytes(const CK_UTF8CHAR *a, CK_ULONG alen, const CK_UTF8CHAR *b, CK_ULONG blen)
{
    unsigned char diff = (unsigned char)(alen != blen);
    CK_ULONG n = alen < blen ? alen : blen;
    for (CK_ULONG i = 0; i < n; i++)
        diff |= (unsigned char)(a[i] ^ b[i]);
    return diff == 0;
}

static void pad_copy(CK_UTF8CHAR *dst, size_t size, const char *src)
{
    size_t n = strlen(src);
    memset(dst, ' ', size);
    memcpy(dst, src, n < size ? n : size);
}

static bool ctl_path(const char *name, char *out, size_t size)
{
    if (state_dir[0] == '\0')
        return false;
    int n = snprintf(out, size, "%s/%s", state_dir, name);
    return n > 0 && (size_t)n < size;
}

static bool ctl_exists(const char *name)
{
    char path[PATH_MAX_LEN];
    struct stat st;
    return ctl_path(name, path, sizeof path) && stat(path, &st) == 0;
}

/* Read a control file into buf (NUL-terminated, trailing whitespace cut).
 * Returns its length, or -1 when the file is absent or unreadable. */
static long ctl_read(const char *name, char *buf, size_t size)
{
    char path[PATH_MAX_LEN];
    if (!ctl_path(name, path, sizeof path))
        return -1;
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return -1;
    size_t len = 0;
    while (len + 1 < size) {
        ssize_t got = read(fd, buf + len, size - 1 - len);
        if (got <= 0)
            break;
        len += (size_t)got;
    }
    close(fd);
    while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r' || buf[len - 1] == ' '))
        len--;
    buf[len] = '\0';
    return (long)len;
}

/* Replace a control file atomically (temp file in the same folder + rename). */
static void ctl_write(const char *name, const char *text)
{
    char path[PATH_MAX_LEN], tmp[PATH_MAX_LEN];
    if (!ctl_path(name, path, sizeof path))
        return;
    int n = snprintf(tmp, sizeof tmp, "%s/.%s.%ld.tmp", state_dir, name, (long)getpid());
    if (n < 0 || (size_t)n >= sizeof tmp)
        return;
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return;
    size_t len = strlen(text);
    bool ok = write(fd, text, len) == (ssize_t)len;
    if (close(fd) != 0 || !ok || rename(tmp, path) != 0)
        unlink(tmp);
}

static void ctl_remove(const char *name)
{
    char path[PATH_MAX_LEN];
    if (ctl_path(name, path, sizeof path))
        unlink(path);
}

static long parse_long(const char *text, long fallback)
{
    char *end;
    long v = strtol(text, &end, 10);
    return (end == text || *end != '\0') ? fallback : v;
}

static void log_call(const char *name)
{
    char path[PATH_MAX_LEN], line[64];
    if (!log_calls || !ctl_path("calls.log", path, sizeof path))
        return;
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT, 0600);
    if (fd < 0)
        return;
    int n = snprintf(line, sizeof line, "%s\n", name);
    if (n > 0 && write(fd, line, (size_t)n) < 0) {
        /* best effort: a missing log line must not change the call's result */
    }
    close(fd);
}

/* ---- remembered PIN and per-session sign authorisation ------------------- */

static void forget_pin(void)
{
    wipe(&user_pin, sizeof user_pin);
}

static void remember_pin(const CK_UTF8CHAR *pin, CK_ULONG len)
{
    forget_pin();
    if (pin == NULL || len > PIN_MAX)
        return;
    memcpy(user_pin.value, pin, len);
    user_pin.len = len;
    user_pin.known = true;
}

static enum reauth auth_state(CK_SESSION_HANDLE h)
{
    for (size_t i = 0; i < n_auths; i++)
        if (auths[i].session == h)
            return auths[i].state;
    return REAUTH_NONE;
}

static void forget_auth(CK_SESSION_HANDLE h)
{
    for (size_t i = 0; i < n_auths; i++)
        if (auths[i].session == h) {
            auths[i] = auths[--n_auths];
            return;
        }
}

static void forget_all_auths(void)
{
    free(auths);
    auths = NULL;
    n_auths = cap_auths = 0;
}

static bool set_auth(CK_SESSION_HANDLE h, enum reauth state)
{
    for (size_t i = 0; i < n_auths; i++)
        if (auths[i].session == h) {
            auths[i].state = state;
            return true;
        }
    if (n_auths == cap_auths) {
        size_t cap = cap_auths ? cap_auths * 2 : 8;
        struct sign_auth *grown = realloc(auths, cap * sizeof *grown);
        if (grown == NULL)
            return false;
        auths = grown;
        cap_auths = cap;
    }
    auths[n_auths].session = h;
    auths[n_auths].state = state;
    n_auths++;
    return true;
}

/* ---- retry counter ------------------------------------------------------- */

/* False when the counter is off (no `max_tries`); otherwise the current values. */
static bool pin_counter(long *max, long *left)
{
    char buf[32];
    if (ctl_read("max_tries", buf, sizeof buf) < 0)
        return false;
    *max = parse_long(buf, 3);
    if (*max < 1)
        *max = 3;
    *left = ctl_read("tries_left", buf, sizeof buf) < 0 ? *max : parse_long(buf, *max);
    if (*left < 0)
        *left = 0;
    if (*left > *max)
        *left = *max;
    return true;
}

static void set_tries_left(long left)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%ld\n", left);
    ctl_write("tries_left", buf);
}

static bool pin_locked(void)
{
    long max, left;
    return pin_counter(&max, &left) && left == 0;
}

/* Account for the outcome of a user-PIN check; returns rv unchanged. */
static CK_RV count_pin_result(CK_RV rv)
{
    long max, left;
    if (!pin_counter(&max, &left))
        return rv;
    if (rv == CKR_PIN_INCORRECT && left > 0)
        set_tries_left(left - 1);
    else if (rv == CKR_OK)
        set_tries_left(max);
    return rv;
}

static void reset_pin_counter(void)
{
    long max, left;
    if (pin_counter(&max, &left))
        set_tries_left(max);
}

/* ---- token removal --------------------------------------------------------- */

/* A yanked token takes its sessions and its login with it. */
static void drop_target_sessions(void)
{
    CK_ULONG count = 0;
    if (target->C_GetSlotList(CK_FALSE, NULL, &count) != CKR_OK || count == 0)
        return;
    CK_SLOT_ID *slots = calloc(count, sizeof *slots);
    if (slots == NULL)
        return;
    if (target->C_GetSlotList(CK_FALSE, slots, &count) == CKR_OK)
        for (CK_ULONG i = 0; i < count; i++)
            target->C_CloseAllSessions(slots[i]);
    free(slots);
    forget_pin();
    forget_all_auths();
}

static bool token_removed(void)
{
    bool removed = ctl_exists("removed");
    if (removed && !removal_seen)
        drop_target_sessions();
    removal_seen = removed;
    return removed;
}

/* `remove_on_sign`: the key is pulled out during this signature. */
static bool yanked_during_sign(void)
{
    if (!ctl_exists("remove_on_sign"))
        return false;
    ctl_remove("remove_on_sign");
    ctl_write("removed", "");
    token_removed();
    return true;
}

/* ---- call entry and exit ---------------------------------------------------- */

enum scope {
    SCOPE_LIBRARY, /* works without a token */
    SCOPE_SLOT,    /* names a slot: CKR_TOKEN_NOT_PRESENT when removed */
    SCOPE_SESSION  /* names a session: CKR_DEVICE_REMOVED when removed */
};

/* Every entry point starts here (taking the lock) and ends with leave(). */
static CK_RV enter(const char *name, enum scope scope)
{
    pthread_mutex_lock(&lock);
    if (!initialized)
        return CKR_CRYPTOKI_NOT_INITIALIZED;
    log_call(name);
    if (scope != SCOPE_LIBRARY && token_removed())
        return scope == SCOPE_SLOT ? CKR_TOKEN_NOT_PRESENT : CKR_DEVICE_REMOVED;
    return CKR_OK;
}

static CK_RV leave(CK_RV rv)
{
    pthread_mutex_unlock(&lock);
    return rv;
}

/* Calls the shim adds nothing to. */
#define FORWARD(scope, name, params, args) \
    static CK_RV shim_##name params        \
    {                                      \
        CK_RV rv = enter(#name, scope);    \
        if (rv == CKR_OK)                  \
            rv = target->name args;        \
        return leave(rv);                  \
    }

/* ---- library ----------------------------------------------------------------- */

static CK_RV load_target(const char *path)
{
    if (target_handle != NULL && strcmp(path, target_path) == 0)
        return CKR_OK;
    if (strlen(path) >= sizeof target_path)
        return CKR_ARGUMENTS_BAD;
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        fprintf(stderr, "p11shim: cannot load %s: %s\n", path, dlerror());
        return CKR_GENERAL_ERROR;
    }
    void *sym = dlsym(handle, "C_GetFunctionList");
    CK_RV (*get_list)(CK_FUNCTION_LIST **) = NULL;
    CK_FUNCTION_LIST *list = NULL;
    if (sym != NULL)
        memcpy(&get_list, &sym, sizeof get_list);
    if (get_list == NULL || get_list(&list) != CKR_OK || list == NULL || list == &shim_list) {
        fprintf(stderr, "p11shim: %s is not a usable PKCS#11 module\n", path);
        dlclose(handle);
        return CKR_GENERAL_ERROR;
    }
    if (target_handle != NULL)
        dlclose(target_handle);
    target_handle = handle;
    target = list;
    strcpy(target_path, path);
    return CKR_OK;
}

static CK_RV shim_C_Initialize(void *pInitArgs)
{
    pthread_mutex_lock(&lock);
    if (initialized)
        return leave(CKR_CRYPTOKI_ALREADY_INITIALIZED);

    const char *path = getenv("P11SHIM_TARGET");
    const char *state = getenv("P11SHIM_STATE");
    const char *logging = getenv("P11SHIM_LOG");
    if (state != NULL && strlen(state) >= sizeof state_dir)
        return leave(CKR_ARGUMENTS_BAD);
    strcpy(state_dir, state != NULL ? state : "");
    log_calls = logging != NULL && strcmp(logging, "1") == 0;

    CK_RV rv = load_target(path != NULL && path[0] != '\0' ? path : DEFAULT_TARGET);
    if (rv != CKR_OK)
        return leave(rv);
    rv = target->C_Initialize(pInitArgs);
    /* Someone else in this process already initialized the target: share it. */
    target_owned = rv == CKR_OK;
    if (rv == CKR_CRYPTOKI_ALREADY_INITIALIZED)
        rv = CKR_OK;
    if (rv != CKR_OK)
        return leave(rv);

    initialized = true;
    removal_seen = false;
    log_call("C_Initialize");
    return leave(CKR_OK);
}

static CK_RV shim_C_Finalize(void *pReserved)
{
    CK_RV rv = enter("C_Finalize", SCOPE_LIBRARY);
    if (rv != CKR_OK)
        return leave(rv);
    if (pReserved != NULL)
        return leave(CKR_ARGUMENTS_BAD);
    if (target_owned)
        rv = target->C_Finalize(NULL);
    initialized = false;
    forget_pin();
    forget_all_auths();
    return leave(rv);
}

static CK_RV shim_C_GetInfo(CK_INFO *pInfo)
{
    CK_RV rv = enter("C_GetInfo", SCOPE_LIBRARY);
    if (rv == CKR_OK)
        rv = target->C_GetInfo(pInfo);
    if (rv == CKR_OK)
        pad_copy(pInfo->libraryDescription, sizeof pInfo->libraryDescription,
                 LIBRARY_DESCRIPTION);
    return leave(rv);
}

static CK_RV shim_C_GetFunctionList(CK_FUNCTION_LIST **ppFunctionList)
{
    if (ppFunctionList == NULL)
        return CKR_ARGUMENTS_BAD;
    *ppFunctionList = &shim_list;
    return CKR_OK;
}

/* ---- slots and tokens ------------------------------------------------------------ */

static CK_RV shim_C_GetSlotList(CK_BBOOL tokenPresent, CK_SLOT_ID *pSlotList, CK_ULONG *pulCount)
{
    CK_RV rv = enter("C_GetSlotList", SCOPE_LIBRARY);
    if (rv != CKR_OK)
        return leave(rv);
    if (tokenPresent && token_removed()) {
        if (pulCount == NULL)
            return leave(CKR_ARGUMENTS_BAD);
        *pulCount = 0;
        return leave(CKR_OK);
    }
    return leave(target->C_GetSlotList(tokenPresent, pSlotList, pulCount));
}

static CK_RV shim_C_GetSlotInfo(CK_SLOT_ID slotID, CK_SLOT_INFO *pInfo)
{
    CK_RV rv = enter("C_GetSlotInfo", SCOPE_LIBRARY);
    if (rv == CKR_OK)
        rv = target->C_GetSlotInfo(slotID, pInfo);
    if (rv == CKR_OK && token_removed())
        pInfo->flags &= ~CKF_TOKEN_PRESENT;
    return leave(rv);
}

static CK_RV shim_C_GetTokenInfo(CK_SLOT_ID slotID, CK_TOKEN_INFO *pInfo)
{
    CK_RV rv = enter("C_GetTokenInfo", SCOPE_SLOT);
    if (rv == CKR_OK)
        rv = target->C_GetTokenInfo(slotID, pInfo);
    if (rv != CKR_OK || !(pInfo->flags & CKF_TOKEN_INITIALIZED))
        return leave(rv);
    long max, left;
    if (pin_counter(&max, &left)) {
        pInfo->flags &= ~(CKF_USER_PIN_COUNT_LOW | CKF_USER_PIN_FINAL_TRY | CKF_USER_PIN_LOCKED);
        if (left < max)
            pInfo->flags |= CKF_USER_PIN_COUNT_LOW;
        if (left == 1)
            pInfo->flags |= CKF_USER_PIN_FINAL_TRY;
        if (left == 0)
            pInfo->flags |= CKF_USER_PIN_LOCKED;
    }
    if (ctl_exists("pinpad"))
        pInfo->flags |= CKF_PROTECTED_AUTHENTICATION_PATH;
    return leave(rv);
}

FORWARD(SCOPE_SLOT, C_GetMechanismList,
        (CK_SLOT_ID slotID, CK_MECHANISM_TYPE *pMechanismList, CK_ULONG *pulCount),
        (slotID, pMechanismList, pulCount))
FORWARD(SCOPE_SLOT, C_GetMechanismInfo,
        (CK_SLOT_ID slotID, CK_MECHANISM_TYPE type, CK_MECHANISM_INFO *pInfo),
        (slotID, type, pInfo))

static CK_RV shim_C_InitToken(CK_SLOT_ID slotID, CK_UTF8CHAR *pPin, CK_ULONG ulPinLen,
                              CK_UTF8CHAR *pLabel)
{
    CK_RV rv = enter("C_InitToken", SCOPE_SLOT);
    if (rv == CKR_OK)
        rv = target->C_InitToken(slotID, pPin, ulPinLen, pLabel);
    if (rv == CKR_OK) {
        reset_pin_counter();
        forget_pin();
    }
    return leave(rv);
}

static CK_RV shim_C_InitPIN(CK_SESSION_HANDLE hSession, CK_UTF8CHAR *pPin, CK_ULONG ulPinLen)
{
    CK_RV rv = enter("C_InitPIN", SCOPE_SESSION);
    if (rv == CKR_OK)
        rv = target->C_InitPIN(hSession, pPin, ulPinLen);
    if (rv == CKR_OK) { /* the SO set a new user PIN: that also unblocks it */
        reset_pin_counter();
        forget_pin();
    }
    return leave(rv);
}

static bool so_session(CK_SESSION_HANDLE h)
{
    CK_SESSION_INFO info;
    return target->C_GetSessionInfo(h, &info) == CKR_OK && info.state == CKS_RW_SO_FUNCTIONS;
}

static CK_RV shim_C_SetPIN(CK_SESSION_HANDLE hSession, CK_UTF8CHAR *pOldPin, CK_ULONG ulOldLen,
                           CK_UTF8CHAR *pNewPin, CK_ULONG ulNewLen)
{
    CK_RV rv = enter("C_SetPIN", SCOPE_SESSION);
    if (rv != CKR_OK)
        return leave(rv);
    if (so_session(hSession))
        return leave(target->C_SetPIN(hSession, pOldPin, ulOldLen, pNewPin, ulNewLen));
    if (pin_locked())
        return leave(CKR_PIN_LOCKED);
    rv = count_pin_result(target->C_SetPIN(hSession, pOldPin, ulOldLen, pNewPin, ulNewLen));
    if (rv == CKR_OK && user_pin.known)
        remember_pin(pNewPin, ulNewLen);
    return leave(rv);
}

/* ---- sessions ------------------------------------------------------------------- */

FORWARD(SCOPE_SLOT, C_OpenSession,
        (CK_SLOT_ID slotID, CK_FLAGS flags, void *pApplication, CK_NOTIFY Notify,
         CK_SESSION_HANDLE *phSession),
        (slotID, flags, pApplication, Notify, phSession))

static CK_RV shim_C_CloseSession(CK_SESSION_HANDLE hSession)
{
    CK_RV rv = enter("C_CloseSession", SCOPE_SESSION);
    if (rv == CKR_OK)
        rv = target->C_CloseSession(hSession);
    forget_auth(hSession);
    return leave(rv);
}

static CK_RV shim_C_CloseAllSessions(CK_SLOT_ID slotID)
{
    CK_RV rv = enter("C_CloseAllSessions", SCOPE_SLOT);
    if (rv == CKR_OK) {
        rv = target->C_CloseAllSessions(slotID);
        forget_all_auths();
        forget_pin();
    }
    return leave(rv);
}

FORWARD(SCOPE_SESSION, C_GetSessionInfo,
        (CK_SESSION_HANDLE hSession, CK_SESSION_INFO *pInfo), (hSession, pInfo))
FORWARD(SCOPE_SESSION, C_GetOperationState,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pOperationState, CK_ULONG *pulOperationStateLen),
        (hSession, pOperationState, pulOperationStateLen))
FORWARD(SCOPE_SESSION, C_SetOperationState,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pOperationState, CK_ULONG ulOperationStateLen,
         CK_OBJECT_HANDLE hEncryptionKey, CK_OBJECT_HANDLE hAuthenticationKey),
        (hSession, pOperationState, ulOperationStateLen, hEncryptionKey, hAuthenticationKey))

/* ---- login ------------------------------------------------------------------------ */

static CK_RV login_user(CK_SESSION_HANDLE h, CK_UTF8CHAR *pin, CK_ULONG len)
{
    if (pin_locked())
        return CKR_PIN_LOCKED;
    CK_RV rv = count_pin_result(target->C_Login(h, CKU_USER, pin, len));
    if (rv == CKR_OK)
        remember_pin(pin, len);
    return rv;
}

/* Context-specific login for an always-authenticate key, checked against the PIN
 * of this process's user login (SoftHSM cannot re-check a PIN while logged in). */
static CK_RV login_context(CK_SESSION_HANDLE h, CK_UTF8CHAR *pin, CK_ULONG len)
{
    if (auth_state(h) == REAUTH_NONE)
        return CKR_OPERATION_NOT_INITIALIZED;
    if (pin_locked())
        return CKR_PIN_LOCKED;
    if (!user_pin.known)
        return CKR_USER_NOT_LOGGED_IN;
    if (pin == NULL)
        return CKR_ARGUMENTS_BAD;
    if (!same_bytes(pin, len, user_pin.value, user_pin.len))
        return count_pin_result(CKR_PIN_INCORRECT);
    count_pin_result(CKR_OK);
    set_auth(h, REAUTH_DONE);
    /* A key that really has CKA_ALWAYS_AUTHENTICATE needs the target's own re-login. */
    CK_RV rv = target->C_Login(h, CKU_CONTEXT_SPECIFIC, pin, len);
    return rv == CKR_OPERATION_NOT_INITIALIZED ? CKR_OK : rv;
}

/* Context-specific login the target checks itself (a key with a real
 * CKA_ALWAYS_AUTHENTICATE): still a user-PIN check for the retry counter. */
static CK_RV login_target_context(CK_SESSION_HANDLE h, CK_UTF8CHAR *pin, CK_ULONG len)
{
    if (so_session(h))
        return target->C_Login(h, CKU_CONTEXT_SPECIFIC, pin, len);
    if (pin_locked())
        return CKR_PIN_LOCKED;
    return count_pin_result(target->C_Login(h, CKU_CONTEXT_SPECIFIC, pin, len));
}

static CK_RV shim_C_Login(CK_SESSION_HANDLE hSession, CK_USER_TYPE userType, CK_UTF8CHAR *pPin,
                          CK_ULONG ulPinLen)
{
    char pad[PIN_MAX + 1];
    long pad_len = -1;
    CK_RV rv = enter("C_Login", SCOPE_SESSION);
    bool user = userType == CKU_USER || userType == CKU_CONTEXT_SPECIFIC;
    if (rv == CKR_OK && pPin == NULL && user && (pad_len = ctl_read("pinpad", pad, sizeof pad)) >= 0) {
        if (strcmp(pad, "CANCEL") == 0) {
            rv = CKR_FUNCTION_CANCELED;
        } else { /* what the user typed on the pad */
            pPin = (CK_UTF8CHAR *)pad;
            ulPinLen = (CK_ULONG)pad_len;
        }
    }
    if (rv == CKR_OK) {
        if (userType == CKU_USER)
            rv = login_user(hSession, pPin, ulPinLen);
        else if (userType == CKU_CONTEXT_SPECIFIC && ctl_exists("always_authenticate"))
            rv = login_context(hSession, pPin, ulPinLen);
        else if (userType == CKU_CONTEXT_SPECIFIC)
            rv = login_target_context(hSession, pPin, ulPinLen);
        else
            rv = target->C_Login(hSession, userType, pPin, ulPinLen);
    }
    wipe(pad, sizeof pad);
    return leave(rv);
}

static CK_RV shim_C_Logout(CK_SESSION_HANDLE hSession)
{
    CK_RV rv = enter("C_Logout", SCOPE_SESSION);
    if (rv == CKR_OK) {
        rv = target->C_Logout(hSession);
        forget_pin();
        forget_all_auths();
    }
    return leave(rv);
}

/* ---- objects ------------------------------------------------------------------------ */

static bool is_private_key(CK_SESSION_HANDLE h, CK_OBJECT_HANDLE obj)
{
    CK_OBJECT_CLASS cls = 0;
    CK_ATTRIBUTE attr = {CKA_CLASS, &cls, sizeof cls};
    return target->C_GetAttributeValue(h, obj, &attr, 1) == CKR_OK && cls == CKO_PRIVATE_KEY;
}

FORWARD(SCOPE_SESSION, C_CreateObject,
        (CK_SESSION_HANDLE hSession, CK_ATTRIBUTE *pTemplate, CK_ULONG ulCount,
         CK_OBJECT_HANDLE *phObject),
        (hSession, pTemplate, ulCount, phObject))
FORWARD(SCOPE_SESSION, C_CopyObject,
        (CK_SESSION_HANDLE hSession, CK_OBJECT_HANDLE hObject, CK_ATTRIBUTE *pTemplate,
         CK_ULONG ulCount, CK_OBJECT_HANDLE *phNewObject),
        (hSession, hObject, pTemplate, ulCount, phNewObject))
FORWARD(SCOPE_SESSION, C_DestroyObject,
        (CK_SESSION_HANDLE hSession, CK_OBJECT_HANDLE hObject), (hSession, hObject))
FORWARD(SCOPE_SESSION, C_GetObjectSize,
        (CK_SESSION_HANDLE hSession, CK_OBJECT_HANDLE hObject, CK_ULONG *pulSize),
        (hSession, hObject, pulSize))

static CK_RV shim_C_GetAttributeValue(CK_SESSION_HANDLE hSession, CK_OBJECT_HANDLE hObject,
                                      CK_ATTRIBUTE *pTemplate, CK_ULONG ulCount)
{
    CK_RV rv = enter("C_GetAttributeValue", SCOPE_SESSION);
    if (rv == CKR_OK)
        rv = target->C_GetAttributeValue(hSession, hObject, pTemplate, ulCount);
    bool answered = rv == CKR_OK || rv == CKR_ATTRIBUTE_SENSITIVE_ ||
                    rv == CKR_ATTRIBUTE_TYPE_INVALID_ || rv == CKR_BUFFER_TOO_SMALL;
    if (!answered || pTemplate == NULL || !ctl_exists("always_authenticate") ||
        !is_private_key(hSession, hObject))
        return leave(rv);
    for (CK_ULONG i = 0; i < ulCount; i++) {
        CK_ATTRIBUTE *a = &pTemplate[i];
        if (a->type != CKA_ALWAYS_AUTHENTICATE)
            continue;
        if (a->pValue == NULL) {
            a->ulValueLen = sizeof(CK_BBOOL);
        } else if (a->ulValueLen >= sizeof(CK_BBOOL)) {
            *(CK_BBOOL *)a->pValue = CK_TRUE;
            a->ulValueLen = sizeof(CK_BBOOL);
        } else {
            a->ulValueLen = CK_UNAVAILABLE_INFORMATION_;
            rv = CKR_BUFFER_TOO_SMALL;
        }
    }
    return leave(rv);
}

FORWARD(SCOPE_SESSION, C_SetAttributeValue,
        (CK_SESSION_HANDLE hSession, CK_OBJECT_HANDLE hObject, CK_ATTRIBUTE *pTemplate,
         CK_ULONG ulCount),
        (hSession, hObject, pTemplate, ulCount))
FORWARD(SCOPE_SESSION, C_FindObjectsInit,
        (CK_SESSION_HANDLE hSession, CK_ATTRIBUTE *pTemplate, CK_ULONG ulCount),
        (hSession, pTemplate, ulCount))
FORWARD(SCOPE_SESSION, C_FindObjects,
        (CK_SESSION_HANDLE hSession, CK_OBJECT_HANDLE *phObject, CK_ULONG ulMaxObjectCount,
         CK_ULONG *pulObjectCount),
        (hSession, phObject, ulMaxObjectCount, pulObjectCount))
FORWARD(SCOPE_SESSION, C_FindObjectsFinal, (CK_SESSION_HANDLE hSession), (hSession))

/* ---- encryption, decryption, digest --------------------------------------------------- */

FORWARD(SCOPE_SESSION, C_EncryptInit,
        (CK_SESSION_HANDLE hSession, CK_MECHANISM *pMechanism, CK_OBJECT_HANDLE hKey),
        (hSession, pMechanism, hKey))
FORWARD(SCOPE_SESSION, C_Encrypt,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pData, CK_ULONG ulDataLen, CK_BYTE *pEncryptedData,
         CK_ULONG *pulEncryptedDataLen),
        (hSession, pData, ulDataLen, pEncryptedData, pulEncryptedDataLen))
FORWARD(SCOPE_SESSION, C_EncryptUpdate,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pPart, CK_ULONG ulPartLen, CK_BYTE *pEncryptedPart,
         CK_ULONG *pulEncryptedPartLen),
        (hSession, pPart, ulPartLen, pEncryptedPart, pulEncryptedPartLen))
FORWARD(SCOPE_SESSION, C_EncryptFinal,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pLastEncryptedPart,
         CK_ULONG *pulLastEncryptedPartLen),
        (hSession, pLastEncryptedPart, pulLastEncryptedPartLen))
FORWARD(SCOPE_SESSION, C_DecryptInit,
        (CK_SESSION_HANDLE hSession, CK_MECHANISM *pMechanism, CK_OBJECT_HANDLE hKey),
        (hSession, pMechanism, hKey))
FORWARD(SCOPE_SESSION, C_Decrypt,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pEncryptedData, CK_ULONG ulEncryptedDataLen,
         CK_BYTE *pData, CK_ULONG *pulDataLen),
        (hSession, pEncryptedData, ulEncryptedDataLen, pData, pulDataLen))
FORWARD(SCOPE_SESSION, C_DecryptUpdate,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pEncryptedPart, CK_ULONG ulEncryptedPartLen,
         CK_BYTE *pPart, CK_ULONG *pulPartLen),
        (hSession, pEncryptedPart, ulEncryptedPartLen, pPart, pulPartLen))
FORWARD(SCOPE_SESSION, C_DecryptFinal,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pLastPart, CK_ULONG *pulLastPartLen),
        (hSession, pLastPart, pulLastPartLen))
FORWARD(SCOPE_SESSION, C_DigestInit,
        (CK_SESSION_HANDLE hSession, CK_MECHANISM *pMechanism), (hSession, pMechanism))
FORWARD(SCOPE_SESSION, C_Digest,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pData, CK_ULONG ulDataLen, CK_BYTE *pDigest,
         CK_ULONG *pulDigestLen),
        (hSession, pData, ulDataLen, pDigest, pulDigestLen))
FORWARD(SCOPE_SESSION, C_DigestUpdate,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pPart, CK_ULONG ulPartLen),
        (hSession, pPart, ulPartLen))
FORWARD(SCOPE_SESSION, C_DigestKey,
        (CK_SESSION_HANDLE hSession, CK_OBJECT_HANDLE hKey), (hSession, hKey))
FORWARD(SCOPE_SESSION, C_DigestFinal,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pDigest, CK_ULONG *pulDigestLen),
        (hSession, pDigest, pulDigestLen))

/* ---- signing -------------------------------------------------------------------------- */

/* End the target's sign operation after we refused it.  PKCS#11 2.x has no
 * cancel, so finish it into a scratch buffer and throw the result away. */
static void abort_target_sign(CK_SESSION_HANDLE h)
{
    CK_BYTE empty = 0;
    CK_ULONG len = 0;
    bool single = false;
    CK_RV rv = target->C_SignFinal(h, NULL, &len);
    if (rv != CKR_OK) { /* single-part mechanism, or already over */
        single = true;
        len = 0;
        rv = target->C_Sign(h, &empty, 0, NULL, &len);
    }
    if (rv != CKR_OK)
        return;
    CK_BYTE *scratch = malloc(len ? len : 1);
    if (scratch == NULL)
        return;
    if (single)
        target->C_Sign(h, &empty, 0, scratch, &len);
    else
        target->C_SignFinal(h, scratch, &len);
    wipe(scratch, len);
    free(scratch);
}

/* Whether a C_Sign/C_SignFinal result ended the operation (spec 5.2). */
static bool sign_finished(CK_RV rv, const CK_BYTE *out)
{
    return !(rv == CKR_BUFFER_TOO_SMALL || (rv == CKR_OK && out == NULL));
}

/* Refuse a sign step that lacks its context-specific login. */
static bool refuse_unauthenticated(CK_SESSION_HANDLE h)
{
    if (auth_state(h) != REAUTH_NEEDED)
        return false;
    abort_target_sign(h);
    forget_auth(h);
    return true;
}

static CK_RV shim_C_SignInit(CK_SESSION_HANDLE hSession, CK_MECHANISM *pMechanism,
                             CK_OBJECT_HANDLE hKey)
{
    CK_RV rv = enter("C_SignInit", SCOPE_SESSION);
    if (rv != CKR_OK)
        return leave(rv);
    rv = target->C_SignInit(hSession, pMechanism, hKey);
    forget_auth(hSession);
    if (rv == CKR_OK && ctl_exists("always_authenticate") && is_private_key(hSession, hKey) &&
        !set_auth(hSession, REAUTH_NEEDED)) {
        abort_target_sign(hSession);
        rv = CKR_HOST_MEMORY;
    }
    return leave(rv);
}

static CK_RV shim_C_Sign(CK_SESSION_HANDLE hSession, CK_BYTE *pData, CK_ULONG ulDataLen,
                         CK_BYTE *pSignature, CK_ULONG *pulSignatureLen)
{
    CK_RV rv = enter("C_Sign", SCOPE_SESSION);
    if (rv != CKR_OK)
        return leave(rv);
    if (yanked_during_sign())
        return leave(CKR_DEVICE_REMOVED);
    if (refuse_unauthenticated(hSession))
        return leave(CKR_USER_NOT_LOGGED_IN);
    rv = target->C_Sign(hSession, pData, ulDataLen, pSignature, pulSignatureLen);
    if (sign_finished(rv, pSignature))
        forget_auth(hSession);
    return leave(rv);
}

static CK_RV shim_C_SignUpdate(CK_SESSION_HANDLE hSession, CK_BYTE *pPart, CK_ULONG ulPartLen)
{
    CK_RV rv = enter("C_SignUpdate", SCOPE_SESSION);
    if (rv != CKR_OK)
        return leave(rv);
    if (refuse_unauthenticated(hSession))
        return leave(CKR_USER_NOT_LOGGED_IN);
    rv = target->C_SignUpdate(hSession, pPart, ulPartLen);
    if (rv != CKR_OK)
        forget_auth(hSession);
    return leave(rv);
}

static CK_RV shim_C_SignFinal(CK_SESSION_HANDLE hSession, CK_BYTE *pSignature,
                              CK_ULONG *pulSignatureLen)
{
    CK_RV rv = enter("C_SignFinal", SCOPE_SESSION);
    if (rv != CKR_OK)
        return leave(rv);
    if (yanked_during_sign())
        return leave(CKR_DEVICE_REMOVED);
    if (refuse_unauthenticated(hSession))
        return leave(CKR_USER_NOT_LOGGED_IN);
    rv = target->C_SignFinal(hSession, pSignature, pulSignatureLen);
    if (sign_finished(rv, pSignature))
        forget_auth(hSession);
    return leave(rv);
}

FORWARD(SCOPE_SESSION, C_SignRecoverInit,
        (CK_SESSION_HANDLE hSession, CK_MECHANISM *pMechanism, CK_OBJECT_HANDLE hKey),
        (hSession, pMechanism, hKey))
FORWARD(SCOPE_SESSION, C_SignRecover,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pData, CK_ULONG ulDataLen, CK_BYTE *pSignature,
         CK_ULONG *pulSignatureLen),
        (hSession, pData, ulDataLen, pSignature, pulSignatureLen))

/* ---- verification, dual-function, keys, random --------------------------------------- */

FORWARD(SCOPE_SESSION, C_VerifyInit,
        (CK_SESSION_HANDLE hSession, CK_MECHANISM *pMechanism, CK_OBJECT_HANDLE hKey),
        (hSession, pMechanism, hKey))
FORWARD(SCOPE_SESSION, C_Verify,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pData, CK_ULONG ulDataLen, CK_BYTE *pSignature,
         CK_ULONG ulSignatureLen),
        (hSession, pData, ulDataLen, pSignature, ulSignatureLen))
FORWARD(SCOPE_SESSION, C_VerifyUpdate,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pPart, CK_ULONG ulPartLen),
        (hSession, pPart, ulPartLen))
FORWARD(SCOPE_SESSION, C_VerifyFinal,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pSignature, CK_ULONG ulSignatureLen),
        (hSession, pSignature, ulSignatureLen))
FORWARD(SCOPE_SESSION, C_VerifyRecoverInit,
        (CK_SESSION_HANDLE hSession, CK_MECHANISM *pMechanism, CK_OBJECT_HANDLE hKey),
        (hSession, pMechanism, hKey))
FORWARD(SCOPE_SESSION, C_VerifyRecover,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pSignature, CK_ULONG ulSignatureLen,
         CK_BYTE *pData, CK_ULONG *pulDataLen),
        (hSession, pSignature, ulSignatureLen, pData, pulDataLen))
FORWARD(SCOPE_SESSION, C_DigestEncryptUpdate,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pPart, CK_ULONG ulPartLen, CK_BYTE *pEncryptedPart,
         CK_ULONG *pulEncryptedPartLen),
        (hSession, pPart, ulPartLen, pEncryptedPart, pulEncryptedPartLen))
FORWARD(SCOPE_SESSION, C_DecryptDigestUpdate,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pEncryptedPart, CK_ULONG ulEncryptedPartLen,
         CK_BYTE *pPart, CK_ULONG *pulPartLen),
        (hSession, pEncryptedPart, ulEncryptedPartLen, pPart, pulPartLen))
FORWARD(SCOPE_SESSION, C_SignEncryptUpdate,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pPart, CK_ULONG ulPartLen, CK_BYTE *pEncryptedPart,
         CK_ULONG *pulEncryptedPartLen),
        (hSession, pPart, ulPartLen, pEncryptedPart, pulEncryptedPartLen))
FORWARD(SCOPE_SESSION, C_DecryptVerifyUpdate,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pEncryptedPart, CK_ULONG ulEncryptedPartLen,
         CK_BYTE *pPart, CK_ULONG *pulPartLen),
        (hSession, pEncryptedPart, ulEncryptedPartLen, pPart, pulPartLen))
FORWARD(SCOPE_SESSION, C_GenerateKey,
        (CK_SESSION_HANDLE hSession, CK_MECHANISM *pMechanism, CK_ATTRIBUTE *pTemplate,
         CK_ULONG ulCount, CK_OBJECT_HANDLE *phKey),
        (hSession, pMechanism, pTemplate, ulCount, phKey))
FORWARD(SCOPE_SESSION, C_GenerateKeyPair,
        (CK_SESSION_HANDLE hSession, CK_MECHANISM *pMechanism, CK_ATTRIBUTE *pPublicKeyTemplate,
         CK_ULONG ulPublicKeyAttributeCount, CK_ATTRIBUTE *pPrivateKeyTemplate,
         CK_ULONG ulPrivateKeyAttributeCount, CK_OBJECT_HANDLE *phPublicKey,
         CK_OBJECT_HANDLE *phPrivateKey),
        (hSession, pMechanism, pPublicKeyTemplate, ulPublicKeyAttributeCount,
         pPrivateKeyTemplate, ulPrivateKeyAttributeCount, phPublicKey, phPrivateKey))
FORWARD(SCOPE_SESSION, C_WrapKey,
        (CK_SESSION_HANDLE hSession, CK_MECHANISM *pMechanism, CK_OBJECT_HANDLE hWrappingKey,
         CK_OBJECT_HANDLE hKey, CK_BYTE *pWrappedKey, CK_ULONG *pulWrappedKeyLen),
        (hSession, pMechanism, hWrappingKey, hKey, pWrappedKey, pulWrappedKeyLen))
FORWARD(SCOPE_SESSION, C_UnwrapKey,
        (CK_SESSION_HANDLE hSession, CK_MECHANISM *pMechanism, CK_OBJECT_HANDLE hUnwrappingKey,
         CK_BYTE *pWrappedKey, CK_ULONG ulWrappedKeyLen, CK_ATTRIBUTE *pTemplate,
         CK_ULONG ulAttributeCount, CK_OBJECT_HANDLE *phKey),
        (hSession, pMechanism, hUnwrappingKey, pWrappedKey, ulWrappedKeyLen, pTemplate,
         ulAttributeCount, phKey))
FORWARD(SCOPE_SESSION, C_DeriveKey,
        (CK_SESSION_HANDLE hSession, CK_MECHANISM *pMechanism, CK_OBJECT_HANDLE hBaseKey,
         CK_ATTRIBUTE *pTemplate, CK_ULONG ulAttributeCount, CK_OBJECT_HANDLE *phKey),
        (hSession, pMechanism, hBaseKey, pTemplate, ulAttributeCount, phKey))
FORWARD(SCOPE_SESSION, C_SeedRandom,
        (CK_SESSION_HANDLE hSession, CK_BYTE *pSeed, CK_ULONG ulSeedLen),
        (hSession, pSeed, ulSeedLen))
FORWARD(SCOPE_SESSION, C_GenerateRandom,
        (CK_SESSION_HANDLE hSession, CK_BYTE *RandomData, CK_ULONG ulRandomLen),
        (hSession, RandomData, ulRandomLen))
FORWARD(SCOPE_SESSION, C_GetFunctionStatus, (CK_SESSION_HANDLE hSession), (hSession))
FORWARD(SCOPE_SESSION, C_CancelFunction, (CK_SESSION_HANDLE hSession), (hSession))

/* May block: the lock is not held while the target waits. */
static CK_RV shim_C_WaitForSlotEvent(CK_FLAGS flags, CK_SLOT_ID *pSlot, void *pReserved)
{
    CK_RV rv = enter("C_WaitForSlotEvent", SCOPE_LIBRARY);
    CK_RV (*wait)(CK_FLAGS, CK_SLOT_ID *, void *) = rv == CKR_OK ? target->C_WaitForSlotEvent : NULL;
    leave(rv);
    return wait != NULL ? wait(flags, pSlot, pReserved) : rv;
}

/* ---- the module's function list ------------------------------------------------------- */

#define ENTRY(name) .name = shim_##name

static CK_FUNCTION_LIST shim_list = {
    .version = {2, 40},
    ENTRY(C_Initialize), ENTRY(C_Finalize), ENTRY(C_GetInfo), ENTRY(C_GetFunctionList),
    ENTRY(C_GetSlotList), ENTRY(C_GetSlotInfo), ENTRY(C_GetTokenInfo),
    ENTRY(C_GetMechanismList), ENTRY(C_GetMechanismInfo), ENTRY(C_InitToken),
    ENTRY(C_InitPIN), ENTRY(C_SetPIN), ENTRY(C_OpenSession), ENTRY(C_CloseSession),
    ENTRY(C_CloseAllSessions), ENTRY(C_GetSessionInfo), ENTRY(C_GetOperationState),
    ENTRY(C_SetOperationState), ENTRY(C_Login), ENTRY(C_Logout), ENTRY(C_CreateObject),
    ENTRY(C_CopyObject), ENTRY(C_DestroyObject), ENTRY(C_GetObjectSize),
    ENTRY(C_GetAttributeValue), ENTRY(C_SetAttributeValue), ENTRY(C_FindObjectsInit),
    ENTRY(C_FindObjects), ENTRY(C_FindObjectsFinal), ENTRY(C_EncryptInit), ENTRY(C_Encrypt),
    ENTRY(C_EncryptUpdate), ENTRY(C_EncryptFinal), ENTRY(C_DecryptInit), ENTRY(C_Decrypt),
    ENTRY(C_DecryptUpdate), ENTRY(C_DecryptFinal), ENTRY(C_DigestInit), ENTRY(C_Digest),
    ENTRY(C_DigestUpdate), ENTRY(C_DigestKey), ENTRY(C_DigestFinal), ENTRY(C_SignInit),
    ENTRY(C_Sign), ENTRY(C_SignUpdate), ENTRY(C_SignFinal), ENTRY(C_SignRecoverInit),
    ENTRY(C_SignRecover), ENTRY(C_VerifyInit), ENTRY(C_Verify), ENTRY(C_VerifyUpdate),
    ENTRY(C_VerifyFinal), ENTRY(C_VerifyRecoverInit), ENTRY(C_VerifyRecover),
    ENTRY(C_DigestEncryptUpdate), ENTRY(C_DecryptDigestUpdate), ENTRY(C_SignEncryptUpdate),
    ENTRY(C_DecryptVerifyUpdate), ENTRY(C_GenerateKey), ENTRY(C_GenerateKeyPair),
    ENTRY(C_WrapKey), ENTRY(C_UnwrapKey), ENTRY(C_DeriveKey), ENTRY(C_SeedRandom),
    ENTRY(C_GenerateRandom), ENTRY(C_GetFunctionStatus), ENTRY(C_CancelFunction),
    ENTRY(C_WaitForSlotEvent),
};

/* The module's only exported symbol. */
CK_RV C_GetFunctionList(CK_FUNCTION_LIST **ppFunctionList);
CK_RV C_GetFunctionList(CK_FUNCTION_LIST **ppFunctionList)
{
    return shim_C_GetFunctionList(ppFunctionList);
}
