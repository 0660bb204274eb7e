#include "ops/net/OutboundHttp.h"

#include <curl/curl.h>

#include <exception>
#include <memory>
#include <mutex>

namespace md::ops::net {

namespace {

void ensureCurlInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct SlistDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

// State shared with the libcurl callbacks of one transfer.
struct Transfer {
    CURL* handle = nullptr;
    std::size_t maxBytes = 0;
    std::size_t received = 0;
    bool tooLarge = false;
    bool stoppedByReceiver = false;
    bool statusReported = false;
    const std::function<void(long, const std::string&)>* onStatus = nullptr;
    const std::function<bool(std::string_view)>* onChunk = nullptr;
    const std::function<bool()>* keepGoing = nullptr;
    std::string* collected = nullptr;
    std::exception_ptr failure;

    void reportStatus()
    {
        if (statusReported)
            return;
        statusReported = true;
        if (onStatus && *onStatus) {
            long status = 0;
            curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
            char* type = nullptr;
            curl_easy_getinfo(handle, CURLINFO_CONTENT_TYPE, &type);
            (*onStatus)(status, type ? std::string(type) : std::string());
        }
    }
};

std::size_t deliver(Transfer& transfer, char* data, std::size_t length);

std::size_t writeBody(char* data, std::size_t size, std::size_t count, void* userData)
{
    auto& transfer = *static_cast<Transfer*>(userData);
    const std::size_t length = size * count;
    // Callbacks run inside libcurl's C frames: an exception must not unwind through them, so it is
    // carried out and rethrown after curl_easy_perform returns.
    try {
        return deliver(transfer, data, length);
    } catch (...) {
        transfer.failure = std::current_exception();
        return 0;
    }
}

std::size_t deliver(Transfer& transfer, char* data, std::size_t length)
{
    transfer.reportStatus();
    if (transfer.received + length > transfer.maxBytes) {
        transfer.tooLarge = true;
        return 0; // makes libcurl stop with CURLE_WRITE_ERROR
    }
    transfer.received += length;
    if (transfer.collected)
        transfer.collected->append(data, length);
    if (transfer.onChunk && !(*transfer.onChunk)(std::string_view(data, length))) {
        transfer.stoppedByReceiver = true;
        return 0;
    }
    return length;
}

int progress(void* userData, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto& transfer = *static_cast<Transfer*>(userData);
    try {
        if (transfer.keepGoing && *transfer.keepGoing && !(*transfer.keepGoing)())
            return 1; // CURLE_ABORTED_BY_CALLBACK
    } catch (...) {
        transfer.failure = std::current_exception();
        return 1;
    }
    return 0;
}

// The URL without query string, for error messages (a query may carry user input; never tokens,
// which travel in headers).
std::string describe(const OutboundRequest& request)
{
    return request.method + " " + request.url.substr(0, request.url.find('?'));
}

OutboundError::Kind kindFor(CURLcode code)
{
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
        return OutboundError::Kind::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_USE_SSL_FAILED:
        return OutboundError::Kind::Tls;
    case CURLE_ABORTED_BY_CALLBACK:
        return OutboundError::Kind::Cancelled;
    default:
        return OutboundError::Kind::Unreachable;
    }
}

void setBlob(CURL* handle, CURLoption option, const std::string& pem)
{
    curl_blob blob{};
    blob.data = const_cast<char*>(pem.data());
    blob.len = pem.size();
    blob.flags = CURL_BLOB_COPY;
    curl_easy_setopt(handle, option, &blob);
}

void applyTls(CURL* handle, const TlsSettings& tls)
{
    if (!tls.caPem.empty())
        setBlob(handle, CURLOPT_CAINFO_BLOB, tls.caPem);
    else if (!tls.caFile.empty())
        curl_easy_setopt(handle, CURLOPT_CAINFO, tls.caFile.c_str());
    if (!tls.clientCertPem.empty()) {
        curl_easy_setopt(handle, CURLOPT_SSLCERTTYPE, "PEM");
        setBlob(handle, CURLOPT_SSLCERT_BLOB, tls.clientCertPem);
    } else if (!tls.clientCertFile.empty()) {
        curl_easy_setopt(handle, CURLOPT_SSLCERTTYPE, "PEM");
        curl_easy_setopt(handle, CURLOPT_SSLCERT, tls.clientCertFile.c_str());
    }
    if (!tls.clientKeyPem.empty()) {
        curl_easy_setopt(handle, CURLOPT_SSLKEYTYPE, "PEM");
        setBlob(handle, CURLOPT_SSLKEY_BLOB, tls.clientKeyPem);
    } else if (!tls.clientKeyFile.empty()) {
        curl_easy_setopt(handle, CURLOPT_SSLKEYTYPE, "PEM");
        curl_easy_setopt(handle, CURLOPT_SSLKEY, tls.clientKeyFile.c_str());
    }
    if (tls.insecureSkipVerify) {
        curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 0L);
    }
}

long run(const OutboundRequest& request, Transfer& transfer)
{
    ensureCurlInitialised();
    std::unique_ptr<CURL, CurlDeleter> handle(curl_easy_init());
    if (!handle)
        throw OutboundError(OutboundError::Kind::Unreachable, "cannot create an HTTP client handle");
    CURL* curl = handle.get();
    transfer.handle = curl;
    transfer.maxBytes = request.maxResponseBytes;

    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // worker threads: no SIGALRM-based DNS timeouts
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(request.connectTimeout.count()));
    if (request.totalTimeout.count() > 0)
        curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(request.totalTimeout.count()));
    if (request.lowSpeedTime.count() > 0) {
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, static_cast<long>(request.lowSpeedTime.count()));
    }
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, ""); // whatever libcurl can decode

    if (request.method == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else if (request.method == "HEAD") {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    }
    if (!request.body.empty() || request.method == "POST" || request.method == "PUT" || request.method == "PATCH") {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
    }

    std::unique_ptr<curl_slist, SlistDeleter> headers;
    auto append = [&headers](const std::string& line) {
        curl_slist* extended = curl_slist_append(headers.get(), line.c_str());
        if (!extended)
            throw OutboundError(OutboundError::Kind::Unreachable, "out of memory building request headers");
        headers.release();
        headers.reset(extended);
    };
    for (const auto& [name, value] : request.headers)
        append(name + ": " + value);
    append("Expect:"); // no 100-continue round trip for larger bodies
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());

    applyTls(curl, request.tls);

    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &writeBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    transfer.keepGoing = &request.keepGoing;
    if (request.keepGoing) {
        curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &progress);
        curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
        curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    }

    const CURLcode code = curl_easy_perform(curl);
    if (transfer.failure) std::rethrow_exception(transfer.failure);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    if (code == CURLE_OK || (code == CURLE_WRITE_ERROR && transfer.stoppedByReceiver)) {
        transfer.reportStatus();
        return status;
    }
    if (code == CURLE_WRITE_ERROR && transfer.tooLarge)
        throw OutboundError(OutboundError::Kind::TooLarge,
                            describe(request) + ": response larger than " + std::to_string(request.maxResponseBytes) +
                                " bytes");
    const std::string detail = errorBuffer[0] ? std::string(errorBuffer) : std::string(curl_easy_strerror(code));
    throw OutboundError(kindFor(code), describe(request) + ": " + detail);
}

} // namespace

OutboundResponse perform(const OutboundRequest& request)
{
    OutboundResponse response;
    Transfer transfer;
    transfer.collected = &response.body;
    std::function<void(long, const std::string&)> onStatus = [&response](long, const std::string& type) {
        response.contentType = type;
    };
    transfer.onStatus = &onStatus;
    response.status = run(request, transfer);
    return response;
}

long performStreaming(const OutboundRequest& request, const std::function<bool(std::string_view)>& onChunk)
{
    return performStreaming(request, {}, onChunk);
}

long performStreaming(const OutboundRequest& request, const std::function<void(long, const std::string&)>& onStatus,
                      const std::function<bool(std::string_view)>& onChunk)
{
    Transfer transfer;
    transfer.onStatus = &onStatus;
    transfer.onChunk = &onChunk;
    return run(request, transfer);
}

} // namespace md::ops::net
