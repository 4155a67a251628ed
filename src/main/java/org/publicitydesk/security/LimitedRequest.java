package org.publicitydesk.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body may be read up to a limit only, for {@link RequestSizeLimit}: the byte after the limit fails
 * the read with an {@link IOException}, so whatever was parsing the body (Jersey, Spring MVC) gives up before
 * anything is processed. From then on the paired {@link #response()} ignores what the application answers, so that
 * {@link RequestSizeLimit} can answer 413 itself. (Forms and multipart bodies are parsed by Tomcat from its own
 * stream and bounded by {@code server.tomcat.max-http-form-post-size} and {@code spring.servlet.multipart.*}.)
 */
final class LimitedRequest extends HttpServletRequestWrapper {

  private final long maxBytes;
  private final HttpServletResponse response;
  private long read;
  private boolean exceeded;
  private ServletInputStream stream;
  private BufferedReader reader;

  LimitedRequest(HttpServletRequest request, HttpServletResponse response, long maxBytes) {
    super(request);
    this.maxBytes = maxBytes;
    this.response = new Muted(response);
  }

  boolean exceeded() {
    return exceeded;
  }

  HttpServletResponse response() {
    return response;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (stream == null) {
      stream = new Counting(super.getInputStream());
    }
    return stream;
  }

  @Override
  public BufferedReader getReader() throws IOException {
    if (reader == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
    return reader;
  }

  private void count(long n) throws IOException {
    if (n > 0) {
      read += n;
    }
    if (read > maxBytes) {
      exceeded = true;
      throw new IOException("request body over the limit of " + maxBytes + " bytes");
    }
  }

  private final class Counting extends ServletInputStream {

    private final ServletInputStream in;

    Counting(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      failIfExceeded();
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      failIfExceeded();
      int n = in.read(buffer, offset, length);
      count(n);
      return n;
    }

    private void failIfExceeded() throws IOException {
      if (exceeded) {
        throw new IOException("request body over the limit of " + maxBytes + " bytes");
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
  }

  /** The response as the application sees it: once the limit is passed, nothing it does reaches the client. */
  private final class Muted extends HttpServletResponseWrapper {

    Muted(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return exceeded ? new Discarding() : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      return exceeded ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (!exceeded) {
        super.sendError(status, message);
      }
    }

    @Override
    public void sendError(int status) throws IOException {
      if (!exceeded) {
        super.sendError(status);
      }
    }

    @Override
    public void setStatus(int status) {
      if (!exceeded) {
        super.setStatus(status);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!exceeded) {
        super.flushBuffer();
      }
    }
  }

  private static final class Discarding extends ServletOutputStream {

    @Override
    public void write(int b) {
      // the answer is RequestSizeLimit's 413
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      // nothing is written
    }
  }
}
