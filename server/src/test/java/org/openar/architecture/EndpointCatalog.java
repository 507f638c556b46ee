package org.openar.architecture;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openar.identity.app.EarlyAuthorization;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every REST endpoint of the running application, read from Spring MVC's handler mappings (so endpoints added by any
 * module later are found without anyone listing them), and a minimal request for each: path variables filled with
 * random ids, an empty JSON object (or array, or empty file parts) as body.
 */
final class EndpointCatalog {

  private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(?::[^{}]*(?:\\{[^{}]*}[^{}]*)*)?}");
  private static final List<RequestMethod> ALL_METHODS =
      List.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

  /** One HTTP method on one path pattern, handled by one controller method. */
  record Endpoint(String method, String path, HandlerMethod handler, String expression, Set<MediaType> consumes) {

    String key() {
      return method + " " + path;
    }

    String module() {
      String pkg = handler.getBeanType().getPackageName();
      String rest = pkg.startsWith("org.openar.") ? pkg.substring("org.openar.".length()) : pkg;
      return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    String handlerName() {
      return handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
    }

    boolean isRead() {
      return method.equals("GET");
    }
  }

  private EndpointCatalog() {}

  /** The endpoints under {@code prefix}, sorted by path then method. */
  static List<Endpoint> collect(ApplicationContext ctx, String prefix) {
    Map<String, Endpoint> found = new TreeMap<>();
    for (RequestMappingHandlerMapping mapping : ctx.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
        Set<RequestMethod> declared = e.getKey().getMethodsCondition().getMethods();
        Collection<RequestMethod> methods = declared.isEmpty() ? ALL_METHODS : declared;
        for (String path : e.getKey().getPatternValues()) {
          if (!path.startsWith(prefix)) {
            continue;
          }
          for (RequestMethod m : methods) {
            Endpoint ep = new Endpoint(m.name(), path, e.getValue(), EarlyAuthorization.expressionOf(e.getValue()),
                e.getKey().getConsumesCondition().getConsumableMediaTypes());
            found.putIfAbsent(path + " " + ALL_METHODS.indexOf(m) + m.name(), ep);
          }
        }
      }
    }
    List<Endpoint> list = new ArrayList<>(found.values());
    list.sort(Comparator.comparing(Endpoint::path).thenComparing(ep -> ALL_METHODS.indexOf(RequestMethod.valueOf(ep.method()))));
    return list;
  }

  /** A request that reaches the endpoint's handler with the least input it could take. */
  static AbstractMockHttpServletRequestBuilder<?> minimalRequest(Endpoint ep) {
    String uri = fill(ep);
    HttpMethod method = HttpMethod.valueOf(ep.method());
    List<String> parts = new ArrayList<>();
    MethodParameter body = null;
    for (MethodParameter p : parameters(ep.handler())) {
      if (p.hasParameterAnnotation(RequestPart.class) || MultipartFile.class.isAssignableFrom(p.getParameterType())) {
        parts.add(p.getParameterName());
      } else if (p.hasParameterAnnotation(RequestBody.class)) {
        body = p;
      }
    }
    if (!parts.isEmpty()) {
      MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(method, uri);
      parts.forEach(name -> multipart.file(new MockMultipartFile(name, name + ".csv", "text/csv", new byte[0])));
      return multipart;
    }
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, uri);
    if (body != null) {
      boolean many = Collection.class.isAssignableFrom(body.getParameterType()) || body.getParameterType().isArray();
      boolean json = ep.consumes().isEmpty() || ep.consumes().stream().anyMatch(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON));
      if (json) {
        request.contentType(MediaType.APPLICATION_JSON).content(many ? "[]" : "{}");
      } else {
        request.contentType(ep.consumes().iterator().next()).content(new byte[0]);
      }
    }
    return request;
  }

  private static String fill(Endpoint ep) {
    Map<String, Class<?>> types = new TreeMap<>();
    for (MethodParameter p : parameters(ep.handler())) {
      PathVariable pv = p.getParameterAnnotation(PathVariable.class);
      if (pv != null) {
        String name = !pv.name().isEmpty() ? pv.name() : !pv.value().isEmpty() ? pv.value() : p.getParameterName();
        types.put(name, p.getParameterType());
      }
    }
    Matcher m = VARIABLE.matcher(ep.path());
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(sample(types.get(m.group(1)))));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String sample(Class<?> type) {
    if (type == null) {
      return UUID.randomUUID().toString();
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "1";
    }
    if (type == LocalDate.class) {
      return "2026-01-31";
    }
    if (type.isEnum()) {
      return ((Enum<?>) type.getEnumConstants()[0]).name();
    }
    return UUID.randomUUID().toString();
  }

  private static List<MethodParameter> parameters(HandlerMethod handler) {
    List<MethodParameter> list = new ArrayList<>();
    for (MethodParameter p : handler.getMethodParameters()) {
      p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
      list.add(p);
    }
    return list;
  }
}
