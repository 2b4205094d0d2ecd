// mediasoup's worker is written against libsrtp 3.0 (separate in/out buffers, size_t lengths);
// Debian ships libsrtp 2.5. This header, placed where the worker includes <srtp.h>, maps the
// calls it makes onto 2.5 so no mediasoup source file has to change.
#pragma once
#include <srtp2/srtp.h>
#ifdef __cplusplus
#include <cstddef>
#include <cstring>

inline srtp_err_status_t haven_srtp_in_place(
  srtp_err_status_t (*fn)(srtp_t, void*, int*), srtp_t c, const uint8_t* in, size_t inLen,
  uint8_t* out, size_t* outLen)
{
  if (out != in)
    std::memmove(out, in, inLen);
  int len = static_cast<int>(inLen);
  srtp_err_status_t err = fn(c, static_cast<void*>(out), &len);
  *outLen = static_cast<size_t>(len);
  return err;
}

inline srtp_err_status_t srtp_protect(
  srtp_t c, const uint8_t* in, size_t inLen, uint8_t* out, size_t* outLen, size_t /*mki*/)
{
  return haven_srtp_in_place(srtp_protect, c, in, inLen, out, outLen);
}
inline srtp_err_status_t srtp_unprotect(
  srtp_t c, const uint8_t* in, size_t inLen, uint8_t* out, size_t* outLen)
{
  return haven_srtp_in_place(srtp_unprotect, c, in, inLen, out, outLen);
}
inline srtp_err_status_t srtp_protect_rtcp(
  srtp_t c, const uint8_t* in, size_t inLen, uint8_t* out, size_t* outLen, size_t /*mki*/)
{
  return haven_srtp_in_place(srtp_protect_rtcp, c, in, inLen, out, outLen);
}
inline srtp_err_status_t srtp_unprotect_rtcp(
  srtp_t c, const uint8_t* in, size_t inLen, uint8_t* out, size_t* outLen)
{
  return haven_srtp_in_place(srtp_unprotect_rtcp, c, in, inLen, out, outLen);
}
inline srtp_err_status_t srtp_stream_remove(srtp_t c, uint32_t ssrc)
{
  return srtp_remove_stream(c, ssrc);
}
// Error codes that only exist in libsrtp 3.0; 2.5 never returns them.
inline constexpr srtp_err_status_t srtp_err_status_buffer_small = static_cast<srtp_err_status_t>(28);
inline constexpr srtp_err_status_t srtp_err_status_cryptex_err = static_cast<srtp_err_status_t>(29);
#endif
