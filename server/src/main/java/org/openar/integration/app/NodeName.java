package org.openar.integration.app;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This installation's name in the job table: the same after a restart (host name and data directory), so the jobs it
 * was running when it stopped can be recognised as interrupted when it starts again.
 */
@Component
class NodeName {

  private final String value;

  NodeName(IntegrationProperties properties, @Value("${openar.data-dir:data}") String dataDir) {
    this.value = properties.node() != null ? properties.node() : host() + ":" + Path.of(dataDir).toAbsolutePath();
  }

  String value() {
    return value;
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
