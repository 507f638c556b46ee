package org.openar.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openar.shared.error.SharedError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON bodies above {@code openar.http.max-json-bytes} (default 2 MiB) are refused with 413 before anything is parsed,
 * whether the client announces the length or streams chunks. File uploads have their own multipart limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class PayloadLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final ProblemFactory problems;
  private final JsonMapper json;
  private final LocaleResolver locales;

  public PayloadLimitFilter(@Value("${openar.http.max-json-bytes:2097152}") long maxBytes, ProblemFactory problems,
      JsonMapper json, LocaleResolver locales) {
    this.maxBytes = maxBytes;
    this.problems = problems;
    this.json = json;
    this.locales = locales;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return type == null || !type.toLowerCase().contains("json");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    long length = req.getContentLengthLong();
    if (length > maxBytes) {
      reject(req, res);
      return;
    }
    if (length < 0) {
      LimitedRequest limited = new LimitedRequest(req, maxBytes);
      try {
        chain.doFilter(limited, res);
      } catch (ServletException | RuntimeException e) {
        if (limited.exceeded && !res.isCommitted()) {
          res.reset();
          reject(req, res);
          return;
        }
        throw e;
      }
      return;
    }
    chain.doFilter(req, res);
  }

  private void reject(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Problem p = problems.of(locales.resolveLocale(req), SharedError.PAYLOAD_TOO_LARGE, req.getRequestURI(), maxBytes);
    res.setStatus(413);
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write(json.writeValueAsString(p));
  }

  /** Thrown while reading a streamed body past the limit; the problem advice turns it into a 413. */
  public static final class PayloadTooLargeException extends IOException {
    private final long limit;

    PayloadTooLargeException(long limit) {
      super("request body exceeds " + limit + " bytes");
      this.limit = limit;
    }

    public long limit() {
      return limit;
    }
  }

  /** Counts bytes as they are read and fails the read past the limit. */
  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long max;
    boolean exceeded;

    LimitedRequest(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        long count;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0) {
            check(1);
          }
          return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
          int n = in.read(buf, off, len);
          if (n > 0) {
            check(n);
          }
          return n;
        }

        private void check(int n) throws IOException {
          count += n;
          if (count > max) {
            exceeded = true;
            throw new PayloadTooLargeException(max);
          }
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
