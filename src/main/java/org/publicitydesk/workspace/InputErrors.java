package org.publicitydesk.workspace;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Chinese details for Spring's own refusals of {@code /api} input, which it words in English: a parameter that is not
 * the number, date or choice expected ({@code year=abc}), a missing parameter, a body that is not JSON, a field with a
 * value outside its choices (a wrong enum), the wrong content type or method. Used by {@link ApiProblems}.
 */
final class InputErrors {

  private InputErrors() {
  }

  static String title(HttpStatusCode status) {
    return switch (status.value()) {
      case 404 -> "找不到";
      case 405 -> "不支持的请求方法";
      case 406 -> "无法提供所需格式";
      case 413 -> "请求过大";
      case 415 -> "不支持的内容类型";
      default -> "输入有误";
    };
  }

  /** The Chinese detail for one of Spring's input exceptions, or null for any other exception (its own detail). */
  static String describe(Exception e) {
    if (e instanceof TypeMismatchException mismatch) {
      return "参数 " + mismatch.getPropertyName() + " 的值“" + mismatch.getValue() + "”无效," + expected(
          mismatch.getRequiredType());
    }
    if (e instanceof MissingServletRequestParameterException missing) {
      return "缺少参数 " + missing.getParameterName() + " (missing parameter)";
    }
    if (e instanceof HttpMessageNotReadableException unreadable) {
      return unreadable(unreadable);
    }
    if (e instanceof HttpMediaTypeNotSupportedException media) {
      return "不支持的内容类型 " + media.getContentType() + ",请以 application/json 发送";
    }
    if (e instanceof HttpRequestMethodNotSupportedException method) {
      return "该地址不支持 " + method.getMethod() + " 请求"
          + (method.getSupportedMethods() == null ? "" : ",可用:" + String.join("、", method.getSupportedMethods()));
    }
    if (e instanceof HandlerMethodValidationException invalid) {
      return "参数无效:" + invalid.getAllErrors().stream().map(m -> String.valueOf(m.getDefaultMessage()))
          .collect(Collectors.joining(";"));
    }
    if (e instanceof ServletRequestBindingException) {
      return "请求缺少必需的参数或请求头 (missing parameter or header)";
    }
    if (e instanceof NoResourceFoundException) {
      return "找不到该地址 (not found)";
    }
    return null;
  }

  private static String unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof InvalidFormatException invalid) {
      return "字段 " + field(invalid) + " 的值“" + invalid.getValue() + "”无效," + expected(invalid.getTargetType());
    }
    if (cause instanceof MismatchedInputException mismatched) {
      String field = field(mismatched);
      return field.isEmpty() ? "请求内容的结构不对,请按接口说明发送 JSON"
          : "字段 " + field + " 的类型不对," + expected(mismatched.getTargetType());
    }
    if (cause instanceof JsonProcessingException json) {
      JsonLocation at = json.getLocation();
      return "请求内容不是有效的 JSON" + (at == null ? "" : "(第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列附近)");
    }
    return "缺少请求内容,或请求内容无法读取 (body missing or unreadable)";
  }

  private static String field(MismatchedInputException e) {
    StringBuilder path = new StringBuilder();
    for (var reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "请检查格式";
    }
    if (type.isEnum()) {
      return "可选:" + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、"));
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "应为整数";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class) {
      return "应为数字";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "应为 true 或 false";
    }
    if (type == java.time.LocalDate.class) {
      return "应为日期 YYYY-MM-DD";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "应为日期时间,如 2026-01-05T10:00:00+08:00";
    }
    if (type == String.class) {
      return "应为文字";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "应为列表";
    }
    return "请检查格式";
  }
}
